package cn.scenehub.search.suggest;

import java.util.List;
import java.util.Locale;

import com.hankcs.hanlp.HanLP;

/**
 * The pinyin keys people type for Chinese text: full pinyin without tones or separators
 * (数字孪生 → shuziluansheng) and initials (→ szls). HanLP picks a polyphone's reading from the
 * words around it. Latin letters and digits stay as they are, lower-cased (5G工厂 → 5ggongchang, 5ggc);
 * everything else is left out. ü is written v, as on a keyboard.
 */
public final class Pinyin {

    public record Keys(String full, String initials) {
    }

    private Pinyin() {
    }

    public static Keys of(String text) {
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        if (text == null) {
            return new Keys("", "");
        }
        List<com.hankcs.hanlp.dictionary.py.Pinyin> readings = HanLP.convertToPinyinList(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            com.hankcs.hanlp.dictionary.py.Pinyin reading = i < readings.size() ? readings.get(i) : null;
            if (reading != null && reading != com.hankcs.hanlp.dictionary.py.Pinyin.none5 && isHan(c)) {
                String syllable = reading.getPinyinWithoutTone().replace('ü', 'v');
                full.append(syllable);
                initials.append(syllable.charAt(0));
            } else if (Character.isLetterOrDigit(c) && c < 0x3000) {
                String plain = String.valueOf(c).toLowerCase(Locale.ROOT);
                full.append(plain);
                initials.append(plain);
            }
        }
        return new Keys(full.toString(), initials.toString());
    }

    /** Whether the text is all Latin letters (what a pinyin key looks like). */
    public static boolean looksLikePinyin(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
