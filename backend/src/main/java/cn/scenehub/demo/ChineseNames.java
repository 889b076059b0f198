package cn.scenehub.demo;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Made-up people and trade names (字号): surnames weighted roughly as in Shandong, given names
 * from common characters, pinyin for the e-mail address, and fictional mobile numbers.
 */
final class ChineseNames {

    /** surname, pinyin, weight. Shandong's common surnames first. */
    private static final Object[][] SURNAMES = {
        {"王", "wang", 9}, {"张", "zhang", 8}, {"李", "li", 8}, {"刘", "liu", 6}, {"孙", "sun", 4},
        {"杨", "yang", 3}, {"赵", "zhao", 3}, {"陈", "chen", 3}, {"于", "yu", 3}, {"徐", "xu", 3},
        {"高", "gao", 3}, {"马", "ma", 2}, {"郭", "guo", 2}, {"周", "zhou", 2}, {"韩", "han", 2},
        {"宋", "song", 2}, {"曲", "qu", 2}, {"姜", "jiang", 2}, {"隋", "sui", 1}, {"林", "lin", 2},
        {"吴", "wu", 2}, {"胡", "hu", 1}, {"朱", "zhu", 1}, {"崔", "cui", 2}, {"邵", "shao", 1},
        {"吕", "lv", 1}, {"丁", "ding", 1}, {"董", "dong", 2}, {"曹", "cao", 1}, {"袁", "yuan", 1},
        {"许", "xu", 1}, {"孔", "kong", 1}, {"薛", "xue", 1}, {"臧", "zang", 1}, {"栾", "luan", 1},
        {"修", "xiu", 1}, {"纪", "ji", 1}, {"宫", "gong", 1}, {"逄", "pang", 1}, {"矫", "jiao", 1},
        {"管", "guan", 1}, {"毛", "mao", 1}, {"辛", "xin", 1}, {"范", "fan", 1}, {"程", "cheng", 1},
        {"潘", "pan", 1}, {"唐", "tang", 1}, {"冯", "feng", 1}, {"邢", "xing", 1}, {"房", "fang", 1}};

    /** given-name character and pinyin. */
    private static final String[][] GIVEN = {
        {"伟", "wei"}, {"强", "qiang"}, {"磊", "lei"}, {"军", "jun"}, {"勇", "yong"}, {"杰", "jie"},
        {"涛", "tao"}, {"斌", "bin"}, {"鹏", "peng"}, {"超", "chao"}, {"明", "ming"}, {"刚", "gang"},
        {"平", "ping"}, {"辉", "hui"}, {"健", "jian"}, {"峰", "feng"}, {"波", "bo"}, {"宁", "ning"},
        {"凯", "kai"}, {"亮", "liang"}, {"浩", "hao"}, {"晓", "xiao"}, {"志", "zhi"}, {"海", "hai"},
        {"建", "jian"}, {"国", "guo"}, {"文", "wen"}, {"华", "hua"}, {"东", "dong"}, {"庆", "qing"},
        {"玉", "yu"}, {"红", "hong"}, {"丽", "li"}, {"静", "jing"}, {"敏", "min"}, {"燕", "yan"},
        {"芳", "fang"}, {"娜", "na"}, {"霞", "xia"}, {"婷", "ting"}, {"雪", "xue"}, {"琳", "lin"},
        {"颖", "ying"}, {"倩", "qian"}, {"萍", "ping"}, {"璐", "lu"}, {"佳", "jia"}, {"欣", "xin"},
        {"振", "zhen"}, {"德", "de"}, {"成", "cheng"}, {"立", "li"}, {"永", "yong"}, {"春", "chun"},
        {"秀", "xiu"}, {"新", "xin"}, {"林", "lin"}, {"洪", "hong"}, {"宏", "hong"}, {"俊", "jun"},
        {"飞", "fei"}, {"云", "yun"}, {"雷", "lei"}, {"帅", "shuai"}, {"旭", "xu"}, {"坤", "kun"},
        {"博", "bo"}, {"源", "yuan"}, {"泽", "ze"}, {"晨", "chen"}, {"阳", "yang"}, {"秋", "qiu"}};

    private static final String[] TITLES_FACTORY = {"工", "经理", "主任", "部长", "科长", "总", "主管", "厂长"};

    /** Characters for trade names, avoiding the well-known brands of Qingdao. */
    private static final String ZIHAO =
            "瑞恒鑫嘉德汇华泰盛源隆丰诚信宏润博达通远昌祥裕聚利星辰海岳峰岚泽澜琴鲁胶崂新鼎晟恒易"
            + "正和安康宇锐联科创拓众益凯宁兴永旭明耀航志衡钧铭骏腾启弘昊朗佳卓越禾泓";

    private static final Set<String> TAKEN = Set.of(
            "海尔", "海信", "澳柯", "双星", "赛轮", "玲珑", "中车", "四方", "即发", "红领", "酷特",
            "海湾", "软控", "杰瑞", "汉缆", "东软", "明月", "黄海", "正大", "崂山", "九联", "金王",
            "鼎信", "特锐", "海利", "恒瑞", "华为", "中科", "科创", "海澜", "安康", "永和", "康宁",
            "新华", "华泰", "汇源", "联想", "和兴", "正泰", "宏达", "泰和", "佳兴", "海正");

    record Person(String name, String display, String email, String phone) {
    }

    private ChineseNames() {
    }

    static Person person(SplittableRandom rng) {
        int total = 0;
        for (Object[] s : SURNAMES) {
            total += (Integer) s[2];
        }
        int pick = rng.nextInt(total);
        Object[] surname = SURNAMES[0];
        for (Object[] s : SURNAMES) {
            pick -= (Integer) s[2];
            if (pick < 0) {
                surname = s;
                break;
            }
        }
        String[] g1 = GIVEN[rng.nextInt(GIVEN.length)];
        boolean two = rng.nextInt(100) < 62;
        String[] g2 = GIVEN[rng.nextInt(GIVEN.length)];
        if (two && g2[0].equals(g1[0])) {
            g2 = GIVEN[(java.util.Arrays.asList(GIVEN).indexOf(g2) + 7) % GIVEN.length];
        }
        String name = surname[0] + g1[0] + (two ? g2[0] : "");
        String sp = (String) surname[1];
        String email = switch (rng.nextInt(4)) {
            case 0 -> sp + g1[1] + (two ? g2[1] : "");
            case 1 -> sp + "." + g1[1] + (two ? g2[1] : "");
            case 2 -> sp.charAt(0) + "" + g1[1].charAt(0) + (two ? g2[1].charAt(0) : "") + (1960 + rng.nextInt(40));
            default -> sp + g1[1].charAt(0) + (two ? g2[1].charAt(0) : "") + (10 + rng.nextInt(890));
        };
        String display = rng.nextInt(100) < 30
                ? surname[0] + TITLES_FACTORY[rng.nextInt(TITLES_FACTORY.length)]
                : name;
        return new Person(name, display, email + "@example.com", mobile(rng));
    }

    /** An 11-digit mobile number of a real operator prefix and a random (fictional) subscriber part. */
    static String mobile(SplittableRandom rng) {
        String[] prefixes = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
            "151", "152", "153", "155", "156", "157", "158", "159", "176", "177", "178", "180",
            "181", "182", "183", "185", "186", "187", "188", "189", "199"};
        StringBuilder b = new StringBuilder(prefixes[rng.nextInt(prefixes.length)]);
        for (int i = 0; i < 8; i++) {
            b.append(rng.nextInt(10));
        }
        return b.toString();
    }

    /** A two-character trade name not among the well-known ones. */
    static String zihao(SplittableRandom rng) {
        while (true) {
            char a = ZIHAO.charAt(rng.nextInt(ZIHAO.length()));
            char b = ZIHAO.charAt(rng.nextInt(ZIHAO.length()));
            String z = "" + a + b;
            if (a != b && !TAKEN.contains(z)) {
                return z;
            }
        }
    }

    static List<String> surnames() {
        return java.util.Arrays.stream(SURNAMES).map(s -> (String) s[0]).toList();
    }
}
