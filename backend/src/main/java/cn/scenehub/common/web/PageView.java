package cn.scenehub.common.web;

import java.util.List;
import java.util.function.Function;

import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;

/** One page of a list: {@code {total, page, size, items}}. */
@Serdeable
public record PageView<T>(long total, int page, int size, List<T> items) {

    public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
        return new PageView<>(page.getTotalSize(), page.getPageNumber(), page.getSize(),
                page.getContent().stream().map(view).toList());
    }
}
