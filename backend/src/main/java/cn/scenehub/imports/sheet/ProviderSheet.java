package cn.scenehub.imports.sheet;

import static cn.scenehub.imports.sheet.Column.Kind.INTEGER;
import static cn.scenehub.imports.sheet.Column.Kind.LIST;
import static cn.scenehub.imports.sheet.Column.Kind.TEXT;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import cn.scenehub.common.web.Problem;

/**
 * A provider pool as a workbook of four sheets joined by 服务商编号 (see the package README):
 * 服务商 (one provider a row), 服务能力, 案例 and 产品 (one capability, case or product a row).
 *
 * <p>Reading: the three child sheets are read first and their rows kept, grouped by 服务商编号
 * (they are short: a few rows per provider, and a pool has at most a few thousand providers);
 * then the 服务商 sheet is streamed and each provider handed over with its children attached, in
 * the children's sheet order. A record's {@link SheetRow#index()} is its row in the 服务商 sheet;
 * an error in a child row names the JSON path, e.g. {@code capabilities[0].modes}, and quotes the
 * child sheet's row. Child rows whose 服务商编号 is empty or not in the 服务商 sheet are
 * {@link SheetRows#problems()}.
 */
public final class ProviderSheet {

    public static final String PROVIDERS = "服务商";
    public static final String CAPABILITIES = "服务能力";
    public static final String CASES = "案例";
    public static final String PRODUCTS = "产品";

    /** The join column of the child sheets; read into this key and removed from the child record. */
    private static final String OWNER = "providerExternalId";
    private static final String OWNER_HEADER = "服务商编号";

    static final List<Column> PROVIDER_COLUMNS = List.of(
            Column.of(OWNER_HEADER, "externalId", TEXT, 16).asRequired(),
            Column.of("服务商名称", "name", TEXT, 32).asRequired(),
            Column.of("统一社会信用代码", "creditCode", TEXT, 22).asRequired(),
            Column.of("所在区市", "region", TEXT, 12).asRequired(),
            Column.of("简介", "description", TEXT, 60).asRequired(),
            Column.of("平台类型", "platformType", TEXT, 10),
            Column.of("成熟度等级", "maturityLevel", INTEGER, 10),
            Column.of("服务区域", "serviceRegions", LIST, 24));

    static final List<Column> CAPABILITY_COLUMNS = List.of(
            Column.of(OWNER_HEADER, OWNER, TEXT, 16).asRequired(),
            Column.of("场景类别", "category", TEXT, 12).asRequired(),
            Column.of("应用模式", "modes", LIST, 24).asRequired(),
            Column.of("服务行业", "industries", LIST, 20),
            Column.of("技术标签", "techTags", LIST, 28),
            Column.of("能力描述", "description", TEXT, 50));

    static final List<Column> CASE_COLUMNS = List.of(
            Column.of(OWNER_HEADER, OWNER, TEXT, 16).asRequired(),
            Column.of("案例名称", "title", TEXT, 30).asRequired(),
            Column.of("所属行业", "industryCode", TEXT, 10),
            Column.of("案例描述", "description", TEXT, 60),
            Column.of("年份", "year", INTEGER, 8));

    static final List<Column> PRODUCT_COLUMNS = List.of(
            Column.of(OWNER_HEADER, OWNER, TEXT, 16).asRequired(),
            Column.of("产品名称", "name", TEXT, 30).asRequired(),
            Column.of("产品描述", "description", TEXT, 60));

    /** A child sheet: its name, columns, the provider field its rows fill, and whether it must exist. */
    private record Child(String sheet, List<Column> columns, String field, boolean required) {
    }

    private static final List<Child> CHILDREN = List.of(
            new Child(CAPABILITIES, CAPABILITY_COLUMNS, "capabilities", true),
            new Child(CASES, CASE_COLUMNS, "cases", false),
            new Child(PRODUCTS, PRODUCT_COLUMNS, "products", false));

    private ProviderSheet() {
    }

    /**
     * Opens a provider workbook for reading provider by provider; close the result.
     *
     * @throws MissingColumnsException if a sheet lacks a required column
     * @throws SheetFormatException    if the file is not a readable .xlsx workbook or the 服务商
     *                                 or 服务能力 sheet is missing
     */
    public static SheetRows open(InputStream xlsx) {
        return SheetRows.open(xlsx, new Reading());
    }

    /**
     * Reads every provider of the workbook, in the 服务商 sheet's order.
     *
     * @return the rows that belong to no provider (empty when all is well)
     */
    public static List<SheetProblem> read(InputStream xlsx, Consumer<SheetRow> handler) {
        try (SheetRows rows = open(xlsx)) {
            while (rows.hasNext()) {
                handler.accept(rows.next());
            }
            return rows.problems();
        }
    }

    /**
     * Writes providers (exchange-format maps) as the four sheets; {@code out} is left open.
     * Every sheet is written, even when no provider has cases or products, so the file shows the
     * whole layout.
     */
    public static void write(OutputStream out, Iterable<? extends Map<String, ?>> providers) {
        try {
            TableWriter.workbook(out, workbook -> {
                TableWriter.Styles styles = new TableWriter.Styles(workbook);
                TableWriter main = new TableWriter(workbook, styles, PROVIDERS, PROVIDER_COLUMNS);
                List<TableWriter> children = CHILDREN.stream()
                        .map(c -> new TableWriter(workbook, styles, c.sheet(), c.columns())).toList();
                for (Map<String, ?> provider : providers) {
                    main.write(provider);
                    for (int i = 0; i < CHILDREN.size(); i++) {
                        if (provider.get(CHILDREN.get(i).field()) instanceof Iterable<?> items) {
                            for (Object item : items) {
                                if (item instanceof Map<?, ?> map) {
                                    Map<String, Object> row = new LinkedHashMap<>();
                                    row.put(OWNER, provider.get("externalId"));
                                    map.forEach((k, v) -> row.put(String.valueOf(k), v));
                                    children.get(i).write(row);
                                }
                            }
                        }
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A child row kept until its provider is read. */
    private record Kept(int rowNumber, Map<String, Object> record, List<Problem.FieldError> errors) {
    }

    private static final class Reading implements SheetRows.Layout {

        /** Per child sheet: 服务商编号 → its rows, in sheet order. */
        private final List<Map<String, List<Kept>>> kept = new ArrayList<>();
        private final List<SheetProblem> problems = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private boolean done;

        @Override
        public Iterator<SheetRow> rows(Workbook workbook, boolean date1904) {
            Sheet providerSheet = SheetRows.sheet(workbook, PROVIDERS);
            if (providerSheet == null) {
                throw new SheetFormatException("缺少工作表「" + PROVIDERS + "」（服务商工作簿应有工作表："
                        + PROVIDERS + "、" + CAPABILITIES + "、" + CASES + "、" + PRODUCTS + "）");
            }
            for (Child child : CHILDREN) {
                kept.add(keep(workbook, child, date1904));
            }
            TableReader providers = new TableReader(providerSheet, PROVIDER_COLUMNS, date1904, false);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    boolean more = providers.hasNext();
                    if (!more && !done) {
                        done = true;
                        unmatched();
                    }
                    return more;
                }

                @Override
                public SheetRow next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return attach(providers.next());
                }
            };
        }

        @Override
        public List<SheetProblem> problems() {
            return List.copyOf(problems);
        }

        private Map<String, List<Kept>> keep(Workbook workbook, Child child, boolean date1904) {
            Map<String, List<Kept>> byOwner = new LinkedHashMap<>();
            Sheet sheet = SheetRows.sheet(workbook, child.sheet());
            if (sheet == null) {
                if (child.required()) {
                    throw new SheetFormatException("缺少工作表「" + child.sheet() + "」");
                }
                return byOwner;
            }
            TableReader rows = new TableReader(sheet, child.columns(), date1904, !child.required());
            while (rows.hasNext()) {
                SheetRow row = rows.next();
                Map<String, Object> record = row.record();
                Object owner = record.remove(OWNER);
                if (owner == null) {
                    problems.add(new SheetProblem(child.sheet(), row.rowNumber(),
                            "服务商编号为空，无法归入任何服务商"));
                    continue;
                }
                byOwner.computeIfAbsent((String) owner, k -> new ArrayList<>())
                        .add(new Kept(row.rowNumber(), record, row.errors()));
            }
            return byOwner;
        }

        private SheetRow attach(SheetRow provider) {
            String id = provider.externalId();
            if (id == null) {
                return provider;
            }
            seen.add(id);
            Map<String, Object> record = provider.record();
            List<Problem.FieldError> errors = new ArrayList<>(provider.errors());
            for (int c = 0; c < CHILDREN.size(); c++) {
                List<Kept> rows = kept.get(c).get(id);
                if (rows == null) {
                    continue;
                }
                Child child = CHILDREN.get(c);
                List<Map<String, Object>> items = new ArrayList<>(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    Kept row = rows.get(i);
                    items.add(row.record());
                    for (Problem.FieldError e : row.errors()) {
                        errors.add(new Problem.FieldError(child.field() + "[" + i + "]." + e.field(),
                                "「" + child.sheet() + "」表第 " + row.rowNumber() + " 行：" + e.message()));
                    }
                }
                record.put(child.field(), items);
            }
            return new SheetRow(provider.index(), provider.rowNumber(), record, errors);
        }

        private void unmatched() {
            for (int c = 0; c < CHILDREN.size(); c++) {
                for (Map.Entry<String, List<Kept>> owner : kept.get(c).entrySet()) {
                    if (seen.contains(owner.getKey())) {
                        continue;
                    }
                    for (Kept row : owner.getValue()) {
                        problems.add(new SheetProblem(CHILDREN.get(c).sheet(), row.rowNumber(),
                                "服务商编号「" + owner.getKey() + "」不在「" + PROVIDERS + "」表中"));
                    }
                }
            }
            List<String> order = CHILDREN.stream().map(Child::sheet).toList();
            problems.sort(Comparator.comparingInt((SheetProblem p) -> order.indexOf(p.sheet()))
                    .thenComparingInt(SheetProblem::rowNumber));
        }
    }
}
