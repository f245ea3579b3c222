package org.jixiao.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * BAAI bge-small-zh-v1.5, int8-quantized, 512 dimensions, run in process by ONNX Runtime from the
 * model file inside the langchain4j jar. Texts are embedded as they are: bge's retrieval instruction
 * prefix for queries made results worse on our short indicator names (see README), so it is not used.
 *
 * <p>Loading takes about a second and a hundred megabytes, so there is one shared instance.
 *
 * <p>The model file, tokenizer and pooling are langchain4j's ({@code BgeSmallZhV15QuantizedEmbeddingModel});
 * only the ONNX Runtime session is our own, because langchain4j opens it with the defaults: an
 * intra-op pool as wide as the machine whose threads spin while they wait. With two texts in flight
 * on two cores that pool oversubscribes the cores and the spinning burns them; one thread per
 * text and no spinning embedded 1.3–1.7× more texts per second with the same vectors (BENCHMARKS.md,
 * session 9), and leaves no spinning threads to steal the cores from searches in {@code serve}.
 */
public final class BgeSmallZh implements Embedder {

  public static final String MODEL_ID = "bge-small-zh-v1.5-q/cls/no-prefix";
  private static final int DIMENSION = 512;
  private static final String MODEL_FILE = "bge-small-zh-v1.5-q.onnx";
  private static final String TOKENIZER_FILE = "bge-small-zh-v1.5-q-tokenizer.json";

  private static volatile BgeSmallZh shared;

  private final AbstractInProcessEmbeddingModel model;

  private BgeSmallZh() {
    // One worker per core, each running a whole text through the model on its own thread: faster
    // than one text at a time spread over ONNX Runtime's intra-op threads, for texts this short.
    ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
      Thread t = new Thread(r, "embedder");
      t.setDaemon(true);
      return t;
    });
    try {
      this.model = new TunedModel(workers, loadEncoder());
    } catch (RuntimeException | LinkageError | OrtException | IOException e) {
      workers.shutdownNow();
      throw new EmbeddingUnavailableException(
          "语义模型（bge-small-zh）无法加载 / the embedding model (bge-small-zh) could not be loaded: " + e, e);
    }
  }

  private static OnnxBertBiEncoder loadEncoder() throws OrtException, IOException {
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    byte[] modelBytes;
    try (InputStream in = resource(MODEL_FILE)) {
      modelBytes = in.readAllBytes();
    }
    OrtSession session;
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      session = environment.createSession(modelBytes, options);
    }
    try (InputStream tokenizer = resource(TOKENIZER_FILE)) {
      return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = BgeSmallZh.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException(name + " is not on the class path"));
    }
    return in;
  }

  /** langchain4j's embedding pipeline (tokens, 512-token windows, CLS pooling) over our session. */
  private static final class TunedModel extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    TunedModel(Executor workers, OnnxBertBiEncoder encoder) {
      super(workers);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
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
      embeddings = org.jixiao.util.GiveWay.keepToOneThread() ? oneByOne(segments) : model.embedAll(segments).content();
    } catch (RuntimeException e) {
      throw new EmbeddingUnavailableException("文本向量化失败 / embedding failed: " + e.getMessage(), e);
    }
    List<float[]> out = new ArrayList<>(embeddings.size());
    for (Embedding e : embeddings) {
      out.add(Vectors.normalize(e.vector()));
    }
    return out;
  }

  /**
   * An upload in {@code serve} while searches are answered embeds on its own thread, one text at a
   * time, and gives way to them between texts: the workers would take both cores from them.
   */
  private List<Embedding> oneByOne(List<TextSegment> segments) {
    List<Embedding> out = new ArrayList<>(segments.size());
    for (TextSegment segment : segments) {
      org.jixiao.util.GiveWay.maybePause();
      out.addAll(model.embedAll(List.of(segment)).content()); // one segment: embedded on this thread
    }
    return out;
  }
}
