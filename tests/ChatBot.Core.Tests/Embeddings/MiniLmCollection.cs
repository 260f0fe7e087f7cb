namespace ChatBot.Core.Tests.Embeddings;

/// <summary>Tests in this collection share one <see cref="MiniLmFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class MiniLmCollection : ICollectionFixture<MiniLmFixture>
{
    public const string Name = "MiniLM";
}
