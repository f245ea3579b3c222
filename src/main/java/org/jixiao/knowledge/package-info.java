/**
 * What the corpus knows about indicators beyond search: concepts (names that mean the same thing),
 * peer target distributions (对标), district comparison, drafting suggestions, and the quality lint in
 * {@link org.jixiao.knowledge.lint}.
 */
package org.jixiao.knowledge;
