package io.github.broadsheet.render.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Breaks text into lines no wider than a number of columns ({@link DisplayWidth}), greedily.
 *
 * <p>Lines break at spaces, which the break swallows, and between two characters where at least
 * one is wide (CJK text, which has no spaces between words), except before closing punctuation
 * such as {@code ，。」）} and after opening punctuation such as {@code 「（}: the rules of
 * <i>kinsoku shori</i>. A Latin word is never broken, unless it alone is wider than a line: then it
 * is cut between two characters where the line is full, so that no character is lost and no line
 * is too wide. Text marked unbreakable (a link target) is never broken nor cut; it may stand wider
 * than the line, alone on it.
 *
 * <p>The text holds a space for each run of whitespace and {@code '\n'} for each forced break;
 * forced breaks in a row, or at the start or end, make no empty line.
 */
final class LineWrapper {

    /** Characters a line may not start with: closing brackets and quotes, stops, small kana, marks. */
    private static final String NO_LINE_START = "!%),.:;?]}¢°’”‰′″›℃、。〃々〆〉》」』】〕〗〙〛〞〟゛゜ゝゞ・ヽヾーァィゥェォッャュョヮヵヶ"
            + "ぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞！％），．：；？］｝～｡｣､･ｰﾞﾟ…‥";

    /** Characters a line may not end with: opening brackets and quotes, currency signs. */
    private static final String NO_LINE_END = "$(£¥[{‘“‹〈《「『【〔〖〘〚〝﹙﹛﹝＄（［｛｢￡￥";

    private LineWrapper() {}

    /**
     * {@return the lines, none empty, none with a space at either end}
     *
     * @param text the text: a space where a run of whitespace was, {@code '\n'} for a forced break
     * @param unbreakable the indexes of characters that must stay on one line together
     * @param width the columns of a line, at least 2 so that a wide character fits
     */
    static List<String> wrap(String text, BitSet unbreakable, int width) {
        Filler filler = new Filler(width);
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(text);
        Word word = null;
        String previous = null;
        boolean previousFixed = false;
        for (int start = clusters.first(), end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            String cluster = text.substring(start, end);
            boolean fixed = unbreakable.get(start);
            if (!fixed && (cluster.equals(" ") || cluster.equals("\n"))) {
                if (word != null) {
                    filler.word(word);
                    word = null;
                }
                if (cluster.equals(" ")) {
                    filler.space();
                } else {
                    filler.lineBreak();
                }
                previous = null;
                continue;
            }
            if (word != null && !(fixed && previousFixed) && breaksBetween(previous, cluster)) {
                filler.word(word); // the next word follows with no space between
                word = null;
            }
            if (word == null) {
                word = new Word();
            }
            word.add(cluster, fixed);
            previous = cluster;
            previousFixed = fixed;
        }
        if (word != null) {
            filler.word(word);
        }
        return filler.finish();
    }

    /** {@return whether a line may break between two clusters with no space between them} */
    static boolean breaksBetween(String before, String after) {
        int widthAfter = DisplayWidth.cluster(after);
        if (widthAfter == 0) {
            return false;
        }
        boolean ideographic = DisplayWidth.cluster(before) == 2 || widthAfter == 2;
        return ideographic && NO_LINE_START.indexOf(after.codePointAt(0)) < 0
                && NO_LINE_END.indexOf(before.codePointBefore(before.length())) < 0;
    }

    /** Clusters that stay together unless the word is wider than a line. */
    private static final class Word {
        final StringBuilder text = new StringBuilder();
        final List<String> clusters = new ArrayList<>();
        int width;
        boolean cuttable = true;

        void add(String cluster, boolean fixed) {
            text.append(cluster);
            clusters.add(cluster);
            width += DisplayWidth.cluster(cluster);
            cuttable &= !fixed;
        }
    }

    /** Fills lines greedily with words. */
    private static final class Filler {
        private final int width;
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private int lineWidth;
        private boolean space;

        Filler(int width) {
            this.width = width;
        }

        void space() {
            space = !line.isEmpty();
        }

        void lineBreak() {
            endLine();
        }

        void word(Word word) {
            int gap = space ? 1 : 0;
            space = false;
            if (!line.isEmpty() && lineWidth + gap + word.width <= width) {
                line.append(gap == 1 ? " " : "").append(word.text);
                lineWidth += gap + word.width;
                return;
            }
            endLine();
            if (word.width <= width || !word.cuttable) {
                line.append(word.text);
                lineWidth = word.width;
                return;
            }
            for (String cluster : word.clusters) { // wider than a line: cut where the line is full
                int columns = DisplayWidth.cluster(cluster);
                if (lineWidth + columns > width && !line.isEmpty()) {
                    endLine();
                }
                line.append(cluster);
                lineWidth += columns;
            }
        }

        private void endLine() {
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            space = false;
        }

        List<String> finish() {
            endLine();
            return lines;
        }
    }
}
