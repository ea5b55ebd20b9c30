/**
 * The canonical JSON form of articles: {@link io.github.broadsheet.json.ArticleJson} writes it
 * losslessly and reads it strictly, with errors that name the line, column and JSON path.
 */
package io.github.broadsheet.json;
