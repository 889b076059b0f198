package cn.scenehub.scenario;

import java.math.BigDecimal;

import io.micronaut.core.annotation.Nullable;

/** Budgets in yuan shown as the public sees them: 万元 ranges, e.g. "50万–100万元". */
final class BudgetRange {

    private BudgetRange() {
    }

    static @Nullable String format(@Nullable Long min, @Nullable Long max) {
        if (min == null && max == null) {
            return null;
        }
        if (max == null) {
            return wan(min) + "元起";
        }
        if (min == null || min.equals(max)) {
            return wan(max) + "元";
        }
        return wan(min) + "–" + wan(max) + "元";
    }

    private static String wan(long yuan) {
        if (yuan >= 100_000_000L && yuan % 10_000_000L == 0) {
            return new BigDecimal(yuan).divide(new BigDecimal(100_000_000L)).stripTrailingZeros().toPlainString() + "亿";
        }
        BigDecimal wan = new BigDecimal(yuan).divide(new BigDecimal(10_000)).stripTrailingZeros();
        return (wan.scale() > 1 ? wan.setScale(1, java.math.RoundingMode.HALF_UP) : wan).toPlainString() + "万";
    }
}
