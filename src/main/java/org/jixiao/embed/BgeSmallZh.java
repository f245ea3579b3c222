package org.jixiao.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * BAAI bge-small-zh-v1.5, int8-quantized, 512 dimensions, run in process by ONNX Runtime from the
 * model file inside the langchain4j jar. Texts are embedded as they are: bge's retrieval instruction
 * prefix for queries made results worse on our short indicator names (see README), so it is not used.
 *
 * <p>Loading takes about a second and a hundred megabytes, so there is one shared instance.
 */
public final class BgeSmallZh implements Embedder {

  public static final String MODEL_ID = "bge-small-zh-v1.5-q/cls/no-prefix";
  private static final int DIMENSION = 512;

  private static volatile BgeSmallZh shared;

  private final BgeSmallZhV15QuantizedEmbeddingModel model;

  private BgeSmallZh() {
    // One worker per core: each runs a whole text through the model, which measured faster than one
    // thread leaning on ONNX Runtime's own intra-op parallelism for short texts.
    ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
      Thread t = new Thread(r, "embedder");
      t.setDaemon(true);
      return t;
    });
    try {
      this.model = new BgeSmallZhV15QuantizedEmbeddingModel(workers);
    } catch (RuntimeException | LinkageError e) {
      workers.shutdownNow();
      throw new EmbeddingUnavailableException(
          "语义模型（bge-small-zh）无法加载 / the embedding model (bge-small-zh) could not be loaded: " + e, e);
    }
  }

  /** The shared model, loaded on first use. */
  public static BgeSmallZh shared() {
    BgeSmallZh s = shared;
    if (s == null) {
      synchronized (BgeSmallZh.class) {
        s = shared;
        if (s == null) {
          s = new BgeSmallZh();
          shared = s;
        }
      }
    }
    return s;
  }

  /**
   * An embedder that loads the shared model on its first use: commands that find their index up to
   * date never pay for loading it.
   */
  public static Embedder lazy() {
    return new Embedder() {
      @Override
      public String modelId() {
        return MODEL_ID;
      }

      @Override
      public int dimension() {
        return DIMENSION;
      }

      @Override
      public List<float[]> embed(List<String> texts) {
        return shared().embed(texts);
      }

      @Override
      public void load() {
        shared();
      }
    };
  }

  @Override
  public String modelId() {
    return MODEL_ID;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      // The tokenizer rejects empty input; a blank text has no meaning to embed anyway.
      segments.add(TextSegment.from(t == null || t.isBlank() ? "。" : t));
    }
    List<Embedding> embeddings;
    try {
      embeddings = model.embedAll(segments).content();
    } catch (RuntimeException e) {
      throw new EmbeddingUnavailableException("文本向量化失败 / embedding failed: " + e.getMessage(), e);
    }
    List<float[]> out = new ArrayList<>(embeddings.size());
    for (Embedding e : embeddings) {
      out.add(Vectors.normalize(e.vector()));
    }
    return out;
  }
}
