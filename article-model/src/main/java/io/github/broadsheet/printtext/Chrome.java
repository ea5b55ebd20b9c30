package io.github.broadsheet.printtext;

import java.util.List;
import java.util.regex.Pattern;

/** The page chrome print views put around an article, as whole-line patterns. */
final class Chrome {

    private Chrome() {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** One print-page control, possibly in brackets: {@code print}, {@code [Close]}, {@code 打印本页}. */
    private static final String CONTROL = "[\\[(【〔]?\\s*(?:"
            + "print(?:\\s+(?:this\\s+)?(?:page|article|story|version))?|printer[- ]?friendly(?:\\s+(?:version|page))?"
            + "|close(?:\\s+(?:this\\s+)?(?:window|page))?"
            + "|back"
            + "|e-?mail(?:\\s+(?:this\\s+)?(?:page|article|story))?"
            + "|打印(?:本页|此页|本文)?|关闭(?:窗口|本页)?|關閉(?:窗口|視窗|本頁)?|返回"
            + ")\\s*[\\])】〕]?";

    private static final String SIZE = "(?:a[+\\-−]?|[+\\-−]|small(?:er)?|medium|normal|large(?:r)?|big(?:ger)?"
            + "|default|reset|[大中小])";

    private static final String NETWORK = "(?:facebook|twitter|x|weibo|wechat|linkedin|e-?mail|whatsapp|telegram"
            + "|reddit|line|pinterest|copy\\s*link|微信|微博|QQ空间|QQ|朋友圈|[|/,、·•])";

    /** The defaults; see {@link PrintTextParser#DEFAULT_CHROME_PATTERNS}. */
    static final List<Pattern> DEFAULTS = List.of(
            Pattern.compile("interval\\s*[:：]?\\s*\\d+\\s*(?:s|secs?|seconds?)", FLAGS),
            Pattern.compile(CONTROL + "(?:\\s*[|/｜·•]?\\s*" + CONTROL + ")*", FLAGS),
            Pattern.compile("(?:(?:font|text)\\s*size|字号|字體|字体)\\s*[:：]?(?:\\s*" + SIZE + ")*", FLAGS),
            Pattern.compile("(?:share(?:\\s+(?:this|on|to|via))?(?:\\s+(?:article|story|page|link))?|分享到?)\\s*[:：]?"
                    + "(?:\\s*" + NETWORK + ")*", FLAGS),
            Pattern.compile("back\\s+to\\s+top|top\\s*[↑^]?|[↑^]\\s*top|返回顶部", FLAGS));

    /** {@return whether a line is chrome: short enough and matched whole by one of the patterns} */
    static boolean matches(List<Pattern> patterns, String text) {
        if (text.isEmpty() || text.length() > PrintTextParser.MAX_CHROME_LINE_LENGTH) {
            return false;
        }
        for (Pattern pattern : patterns) {
            if (pattern.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }
}
