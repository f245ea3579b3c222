package org.jixiao.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jixiao.ingest.Ingestor;
import org.jixiao.ingest.read.UnreadableFileException;
import org.jixiao.ingest.recognise.UnrecognisedLayoutException;
import org.jixiao.knowledge.lint.LintReport;
import org.jixiao.knowledge.lint.Linter;
import org.jixiao.model.Document;
import org.jixiao.search.InvalidRequestException;
import org.jixiao.util.Deadline;

/** Lints a draft table given as text or bytes, in any layout the importer reads. */
public final class DraftLint {

  /** Drafts are tables, not corpora: a megabyte is far more than any one unit's table. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /**
   * Time a draft check may take, reading included. A department's whole table (25,000 indicators,
   * 1 MB) is checked in about 2 s; the check runs on a request thread that holds one of the server's
   * few permits, so a draft built to be slow is stopped here rather than keeping it.
   */
  public static final Duration BUDGET = Duration.ofSeconds(10);

  private final Ingestor ingestor;
  private final Linter linter;
  private final Duration budget;

  public DraftLint(Ingestor ingestor, Linter linter) {
    this(ingestor, linter, BUDGET);
  }

  public DraftLint(Ingestor ingestor, Linter linter, Duration budget) {
    this.ingestor = ingestor;
    this.linter = linter;
    this.budget = budget;
  }

  public LintReport lint(String name, String text) {
    return lint(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws InvalidRequestException when the content is empty, too large, holds no table the
   *     importer recognises, or takes longer than the budget to check (the reason says which)
   */
  public LintReport lint(String name, byte[] content) {
    try (Deadline.Scope scope = Deadline.start(budget)) {
      return lintWithin(name, content);
    } catch (Deadline.Exceeded e) {
      throw new InvalidRequestException("草稿检查超时（上限 " + e.seconds() + " 秒），请拆分后分别检查 / the draft check took longer than "
          + e.seconds() + " s: check the draft in parts", InvalidRequestException.Kind.TOO_COMPLEX);
    }
  }

  private LintReport lintWithin(String name, byte[] content) {
    if (content.length == 0) {
      throw new InvalidRequestException("没有内容 / the draft is empty");
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidRequestException("草稿过大（上限 2 MB）/ the draft is larger than 2 MB", InvalidRequestException.Kind.TOO_LARGE);
    }
    Document document;
    try {
      document = ingestor.read(name, content);
    } catch (UnrecognisedLayoutException e) {
      throw new InvalidRequestException("未识别出绩效目标表：" + e.getMessage() + " / no performance-target table recognised");
    } catch (UnreadableFileException e) {
      throw new InvalidRequestException("无法读取草稿：" + e.getMessage() + " / the draft cannot be read", switch (e.reason()) {
        case TOO_LARGE -> InvalidRequestException.Kind.TOO_LARGE;
        case TOO_SLOW -> InvalidRequestException.Kind.TOO_COMPLEX;
        case UNREADABLE -> InvalidRequestException.Kind.INVALID;
      });
    } catch (IOException e) {
      throw new InvalidRequestException("无法读取草稿：" + e.getMessage() + " / the draft cannot be read");
    } catch (RuntimeException | StackOverflowError e) {
      // A file built to break the parser (a page nested 80,000 deep) is the request's fault, not the server's.
      throw new InvalidRequestException("无法读取草稿：文件结构异常（" + e.getClass().getSimpleName() + "）/ the draft cannot be read: malformed structure");
    }
    if (document.projects().isEmpty()) {
      throw new InvalidRequestException("未识别出任何项目 / no project recognised in the draft");
    }
    return linter.lint(document);
  }
}
