package cn.scenehub.organization;

import java.util.Locale;
import java.util.Optional;

/**
 * The 18-character 统一社会信用代码 of GB 32100-2015: registration authority and type (2),
 * administrative division (6), organisation code (9), check character (1), written in the
 * 31 characters 0-9 and A-Y without I, O, S, V, Z.
 */
public final class CreditCode {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** Whether {@code code} is a well-formed credit code with a correct check character. */
    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** Why {@code code} is not a valid credit code (in Chinese, for users), or empty if it is. */
    public static Optional<String> problem(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of("统一社会信用代码不能为空");
        }
        String normalized = code.trim().toUpperCase(Locale.ROOT);
        if (normalized.length() != 18) {
            return Optional.of("统一社会信用代码应为18位，实际为" + normalized.length() + "位");
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(normalized.charAt(i)) < 0) {
                return Optional.of("统一社会信用代码第" + (i + 1) + "位含有不允许的字符“" + normalized.charAt(i) + "”");
            }
        }
        char expected = checkCharacter(normalized.substring(0, 17));
        if (normalized.charAt(17) != expected) {
            return Optional.of("统一社会信用代码校验位错误");
        }
        return Optional.empty();
    }

    /** The check character for the first 17 characters (which must use the code's charset). */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(Character.toUpperCase(first17.charAt(i)));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    /** Upper case, trimmed: the form stored and compared. */
    public static String normalize(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
