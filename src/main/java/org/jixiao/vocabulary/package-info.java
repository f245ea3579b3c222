/**
 * The domain's words, in one place for the recogniser and the lint: the indicator categories with
 * their older and traditional spellings ({@link org.jixiao.vocabulary.Categories}) and the folding
 * that lets traditional and full-width text match them ({@link org.jixiao.vocabulary.Hanzi}); and where the
 * words of running text begin and end ({@link org.jixiao.vocabulary.Words}, ICU's dictionary), which tells a cell
 * a wrap broke from two cells.
 * Depends on nothing else in the project.
 */
package org.jixiao.vocabulary;
