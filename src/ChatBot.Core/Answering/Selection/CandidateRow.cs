using Microsoft.ML;
using Microsoft.ML.Data;

namespace ChatBot.Core.Answering.Selection;

/// <summary>One row of the selector's ML.NET data: a feature vector and, when training, whether it answers the question.</summary>
internal sealed class CandidateRow
{
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }

    /// <summary>The label as a ranking relevance grade (1 answers, 0 does not).</summary>
    public float Relevance { get; set; }

    /// <summary>Which question the row belongs to (ranking groups).</summary>
    public uint Question { get; set; }

    /// <summary>A data view over <paramref name="rows"/> whose feature column has <paramref name="width"/> slots.</summary>
    public static IDataView ToDataView(MLContext ml, IEnumerable<CandidateRow> rows, int width) =>
        ml.Data.LoadFromEnumerable(rows, Schema(width));

    /// <summary>The row schema with a feature column of <paramref name="width"/> slots.</summary>
    public static SchemaDefinition Schema(int width)
    {
        var schema = SchemaDefinition.Create(typeof(CandidateRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return schema;
    }
}

/// <summary>What a fitted binary model writes for a row.</summary>
internal sealed class ScoredRow
{
    public float Score { get; set; }

    public float Probability { get; set; }
}

/// <summary>What a fitted ranking model writes for a row.</summary>
internal sealed class RankedRow
{
    public float Score { get; set; }
}

/// <summary>The feature contributions ML.NET computes for a row.</summary>
internal sealed class ContributionRow
{
    public float[] FeatureContributions { get; set; } = [];
}
