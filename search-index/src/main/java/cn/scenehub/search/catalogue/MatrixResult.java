package cn.scenehub.search.catalogue;

import java.util.List;

/**
 * Counts of matching scenarios by two dimensions (e.g. industry chain × category): the keys met
 * on each axis with their totals, and one cell per pair that has any.
 */
public record MatrixResult(long total, List<CatalogueResult.Bucket> rows, List<CatalogueResult.Bucket> cols,
                           List<Cell> cells) {

    public record Cell(String row, String col, long count) {
    }
}
