namespace ChatBot.Core.Answering.Selection.Features;

/// <summary>Describes a candidate by a few named numbers; the selector's weights for them are fitted, never set by hand.</summary>
public interface IFeatureExtractor
{
    /// <summary>The names of the features, in the order <see cref="Extract"/> writes them.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Writes <see cref="Names"/>.Count values into <paramref name="output"/>.</summary>
    void Extract(FeatureContext context, Span<float> output);
}
