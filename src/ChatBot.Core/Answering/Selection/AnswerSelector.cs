using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ChatBot.Core.Answering.Selection;

/// <summary>
/// The fitted answer selector: a model that gives each candidate the probability that it answers the question, and a
/// decline classifier that gives the probability that the best candidate does. Loaded from one file (see
/// <see cref="Load"/>), written by <c>chatbot train</c>.
/// </summary>
public sealed class AnswerSelector
{
    private const string RankerEntry = "ranker.zip";
    private const string DeclineEntry = "decline.zip";
    private const string SettingsEntry = "selector.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private readonly MLContext ml = new(seed: 1);
    private readonly ITransformer ranker;
    private readonly ITransformer decline;
    private readonly ConcurrentBag<PredictionEngine<CandidateRow, RankedRow>> rankers = [];
    private readonly ConcurrentBag<PredictionEngine<CandidateRow, ScoredRow>> decliners = [];

    public AnswerSelector(ITransformer ranker, ITransformer decline, SelectorSettings settings)
    {
        this.ranker = ranker;
        this.decline = decline;
        Settings = settings;
    }

    public SelectorSettings Settings { get; }

    /// <summary>The candidate model's score of each candidate (rows of <paramref name="features"/>): higher answers the question better.</summary>
    public float[] Scores(float[][] features)
    {
        if (features.Length == 0)
        {
            return [];
        }

        // One prediction engine per concurrent caller, reused: building a data view per question compiles and then
        // finalises dynamic methods each time, most of the scoring's cost.
        var engine = rankers.TryTake(out var pooled) ? pooled : ml.Model.CreatePredictionEngine<CandidateRow, RankedRow>(ranker, inputSchemaDefinition: CandidateRow.Schema(Settings.Features.Count));
        try
        {
            var scores = new float[features.Length];
            var row = new CandidateRow();
            var output = new RankedRow();
            for (var i = 0; i < features.Length; i++)
            {
                row.Features = features[i];
                engine.Predict(row, ref output);
                scores[i] = output.Score;
            }

            return scores;
        }
        finally
        {
            rankers.Add(engine);
        }
    }

    /// <summary>Scores as a distribution over the question's candidates: each candidate's share of the belief that one of them answers.</summary>
    public static float[] Softmax(float[] scores)
    {
        if (scores.Length == 0)
        {
            return scores;
        }

        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        return [.. exp.Select(e => (float)(e / sum))];
    }

    /// <summary>The probability that the best candidate answers the question (the decline classifier's view).</summary>
    public double AnswerProbability(float[][] features, IReadOnlyList<float> scores)
    {
        var row = new CandidateRow { Features = DeclineFeatures.For(features, scores, Settings.Features) };
        var engine = decliners.TryTake(out var pooled) ? pooled : ml.Model.CreatePredictionEngine<CandidateRow, ScoredRow>(decline, inputSchemaDefinition: CandidateRow.Schema(Settings.DeclineFeatures.Count));
        try
        {
            return engine.Predict(row).Probability;
        }
        finally
        {
            decliners.Add(engine);
        }
    }

    /// <summary>
    /// How much each feature moved the candidate model's score of each row of <paramref name="features"/> away from the
    /// model's average (tree-path contributions, as ML.NET's feature contribution calculation gives them).
    /// </summary>
    public float[][] Contributions(float[][] features)
    {
        if (features.Length == 0)
        {
            return [];
        }

        var data = CandidateRow.ToDataView(ml, features.Select(f => new CandidateRow { Features = f }), Settings.Features.Count);
        var explainer = contributions ??= ml.Transforms.CalculateFeatureContribution(
            (ISingleFeaturePredictionTransformer<ICalculateFeatureContribution>)ranker,
            numberOfPositiveContributions: Settings.Features.Count,
            numberOfNegativeContributions: Settings.Features.Count,
            normalize: false).Fit(data);
        return [.. ml.Data.CreateEnumerable<ContributionRow>(explainer.Transform(data), reuseRowObject: false).Select(r => r.FeatureContributions)];
    }

    private ITransformer? contributions;

    /// <summary>The candidate model's gain per feature (how much its splits on each feature improved the fit), largest first.</summary>
    public IReadOnlyList<(string Feature, double Gain)> FeatureGains()
    {
        var weights = default(Microsoft.ML.Data.VBuffer<float>);
        switch (ranker)
        {
            case RankingPredictionTransformer<Microsoft.ML.Trainers.LightGbm.LightGbmRankingModelParameters> ranking:
                ranking.Model.GetFeatureWeights(ref weights);
                break;
            case BinaryPredictionTransformer<Microsoft.ML.Calibrators.CalibratedModelParametersBase<Microsoft.ML.Trainers.LightGbm.LightGbmBinaryModelParameters, Microsoft.ML.Calibrators.PlattCalibrator>> binary:
                binary.Model.SubModel.GetFeatureWeights(ref weights);
                break;
            default:
                return [];
        }

        var values = weights.DenseValues().ToArray();
        return [.. Settings.Features.Select((f, i) => (f, i < values.Length ? (double)values[i] : 0)).OrderByDescending(x => x.Item2)];
    }

    /// <summary>Writes the selector to <paramref name="path"/> (a zip of the two ML.NET models and the settings).</summary>
    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = path + $".{Environment.ProcessId}.tmp";
        using (var file = File.Create(temporary))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            WriteModel(zip, RankerEntry, ranker, Settings.Features.Count);
            WriteModel(zip, DeclineEntry, decline, Settings.DeclineFeatures.Count);
            var entry = zip.CreateEntry(SettingsEntry, CompressionLevel.Optimal);
            entry.LastWriteTime = FixedTime;
            using var stream = entry.Open();
            JsonSerializer.Serialize(stream, Settings, Json);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// Loads a selector written by <see cref="Save"/>. A missing, corrupt or out-of-date file throws an
    /// <see cref="InvalidOperationException"/> that names the file and says how to rebuild it.
    /// </summary>
    /// <param name="expectedFeatures">The feature names this build computes; a file trained on others is refused.</param>
    public static AnswerSelector Load(string path, IReadOnlyList<string> expectedFeatures)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The answer selector model '{path}' does not exist. Set Answering:SelectorModel to the model file, or rebuild it with `dotnet run --project src/ChatBot.Cli -- train`.");
        }

        try
        {
            using var zip = ZipFile.OpenRead(path);
            var settings = ReadSettings(zip) ?? throw new InvalidDataException($"it has no {SettingsEntry}");
            if (settings.Format != SelectorSettings.CurrentFormat)
            {
                throw new InvalidDataException($"it has format {settings.Format}, this build reads format {SelectorSettings.CurrentFormat}");
            }

            if (!settings.Features.SequenceEqual(expectedFeatures))
            {
                throw new InvalidOperationException($"The answer selector model '{path}' was trained on other features than this build computes. Rebuild it with `dotnet run --project src/ChatBot.Cli -- train`.");
            }

            var ml = new MLContext(seed: 1);
            return new AnswerSelector(ReadModel(ml, zip, RankerEntry), ReadModel(ml, zip, DeclineEntry), settings);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or JsonException or FormatException or ArgumentException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"The answer selector model '{path}' cannot be read ({ex.Message}). Rebuild it with `dotnet run --project src/ChatBot.Cli -- train`.", ex);
        }
    }

    // Entries carry a fixed time so that the same training gives the same bytes.
    private static readonly DateTimeOffset FixedTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private void WriteModel(ZipArchive zip, string name, ITransformer model, int width)
    {
        using var saved = new MemoryStream();
        ml.Model.Save(model, CandidateRow.ToDataView(ml, [], width).Schema, saved);
        var entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
        entry.LastWriteTime = FixedTime;
        using var stream = entry.Open();
        WithFixedTimes(saved, stream);
    }

    // ML.NET stamps its zip entries with the time of saving; copied with a fixed time, the same model gives the same bytes.
    private static void WithFixedTimes(MemoryStream saved, Stream output)
    {
        saved.Position = 0;
        using var source = new ZipArchive(saved, ZipArchiveMode.Read, leaveOpen: true);
        using var copy = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var target = copy.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            target.LastWriteTime = FixedTime;
            using var from = entry.Open();
            using var to = target.Open();
            from.CopyTo(to);
        }
    }

    private static SelectorSettings? ReadSettings(ZipArchive zip)
    {
        var entry = zip.GetEntry(SettingsEntry);
        if (entry is null)
        {
            return null;
        }

        using var stream = entry.Open();
        return JsonSerializer.Deserialize<SelectorSettings>(stream);
    }

    private static ITransformer ReadModel(MLContext ml, ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"it has no {name}");
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        return ml.Model.Load(buffer, out _);
    }
}
