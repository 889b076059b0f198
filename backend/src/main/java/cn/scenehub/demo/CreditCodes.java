package cn.scenehub.demo;

import cn.scenehub.organization.CreditCode;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Fictional 统一社会信用代码 (GB 32100-2015) for demo companies: {@code 91} (enterprise registered
 * by market regulation), the six-digit region, a nine-character organisation part, and the
 * check character. Newer companies get the {@code MA…} organisation parts issued since 2015.
 */
final class CreditCodes {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final Set<String> issued = new HashSet<>();

    String issue(String region, SplittableRandom rng) {
        while (true) {
            StringBuilder b = new StringBuilder("91").append(region);
            if (rng.nextInt(100) < 55) {
                b.append("MA");
                for (int i = 0; i < 7; i++) {
                    b.append(CHARSET.charAt(rng.nextInt(CHARSET.length())));
                }
            } else {
                for (int i = 0; i < 8; i++) {
                    b.append((char) ('0' + rng.nextInt(10)));
                }
                b.append(CHARSET.charAt(rng.nextInt(CHARSET.length())));
            }
            String code = b.toString() + CreditCode.checkCharacter(b.toString());
            if (issued.add(code)) {
                return code;
            }
        }
    }
}
