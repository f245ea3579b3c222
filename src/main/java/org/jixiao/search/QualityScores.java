package org.jixiao.search;

import java.io.IOException;
import java.util.OptionalDouble;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.model.ProjectRecord;

/**
 * Scores entries for {@link SortOrder#QUALITY}: the lint's 0–100, empty where an entry has none. The
 * lint lives above search (it judges against peers), so a search is handed its scores.
 */
public interface QualityScores {

  OptionalDouble ofIndicator(IndicatorRecord indicator) throws IOException;

  OptionalDouble ofProject(ProjectRecord project) throws IOException;
}
