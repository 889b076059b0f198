package cn.scenehub.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Qingdao's ten districts and county-level cities (GB/T 2260), and where providers sit. */
final class Regions {

    static final String CITY = "3702";
    static final String PROVINCE = "370000";

    static final Map<String, String> DISTRICTS = districts();

    /** Neighbouring districts, for providers serving only a corner of the city. */
    private static final Map<String, List<String>> NEAR = Map.of(
            "370202", List.of("370203", "370212"),
            "370203", List.of("370202", "370213"),
            "370211", List.of("370281", "370202"),
            "370212", List.of("370202", "370213", "370214"),
            "370213", List.of("370203", "370214", "370212"),
            "370214", List.of("370213", "370215", "370281"),
            "370215", List.of("370214", "370285"),
            "370281", List.of("370211", "370214", "370283"),
            "370283", List.of("370285", "370281"),
            "370285", List.of("370283", "370215"));

    /** Where Qingdao's software and service firms are, weighted. */
    private static final String[] PROVIDER_HOMES = {
        "370212", "370212", "370212", "370212", "370202", "370202", "370203", "370203",
        "370211", "370211", "370211", "370214", "370214", "370213", "370215", "370281",
        "370283", "370285"};

    /** Outside Qingdao, for province-wide providers: Jinan, Yantai, Weifang, Zibo. */
    static final Map<String, String> ELSEWHERE = Map.of(
            "370100", "济南", "370602", "烟台", "370705", "潍坊", "370300", "淄博"); // Jinan and Zibo are seeded at city level

    private Regions() {
    }

    static String providerHome(SplittableRandom rng) {
        return PROVIDER_HOMES[rng.nextInt(PROVIDER_HOMES.length)];
    }

    static List<String> near(String district) {
        return NEAR.getOrDefault(district, List.of());
    }

    private static Map<String, String> districts() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("370202", "市南区");
        m.put("370203", "市北区");
        m.put("370211", "黄岛区");
        m.put("370212", "崂山区");
        m.put("370213", "李沧区");
        m.put("370214", "城阳区");
        m.put("370215", "即墨区");
        m.put("370281", "胶州市");
        m.put("370283", "平度市");
        m.put("370285", "莱西市");
        return java.util.Collections.unmodifiableMap(m);
    }
}
