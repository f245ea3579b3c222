package org.jixiao.search;

import java.util.List;
import org.jixiao.model.IndicatorRecord;
import org.jixiao.model.ProjectRecord;

/** A project with all its indicators in table order. */
public record ProjectDetail(ProjectRecord project, List<IndicatorRecord> indicators) {

  public ProjectDetail {
    indicators = List.copyOf(indicators);
  }
}
