package org.jixiao.knowledge;

import java.util.List;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.model.ProjectRecord;

/** A project's quality score 0–100 (the lint's), for comparisons and suggestions. */
@FunctionalInterface
public interface ProjectScorer {

  int score(ProjectRecord project, List<IndicatorRecord> indicators);
}
