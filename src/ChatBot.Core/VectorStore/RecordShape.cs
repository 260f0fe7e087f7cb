using System.Reflection;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;

namespace ChatBot.Core.VectorStore;

/// <summary>How to read the key, vector and full-text fields of a record type, from a definition or from its attributes.</summary>
internal sealed class RecordShape<TRecord>
{
    private readonly PropertyInfo key;
    private readonly PropertyInfo vector;
    private readonly Dictionary<string, PropertyInfo> fullText;

    public RecordShape(VectorStoreCollectionDefinition? definition)
    {
        var type = typeof(TRecord);
        PropertyInfo Property(string name) =>
            type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{type.Name} has no public property '{name}' named in the collection definition.");

        if (definition is not null)
        {
            key = Property(definition.Properties.OfType<VectorStoreKeyProperty>().Single().Name);
            var vectorProperty = definition.Properties.OfType<VectorStoreVectorProperty>().Single();
            vector = Property(vectorProperty.Name);
            Dimensions = vectorProperty.Dimensions;
            fullText = definition.Properties.OfType<VectorStoreDataProperty>()
                .Where(p => p.IsFullTextIndexed)
                .ToDictionary(p => p.Name, p => Property(p.Name));
        }
        else
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
            key = properties.Single(p => p.GetCustomAttribute<VectorStoreKeyAttribute>() is not null);
            vector = properties.Single(p => p.GetCustomAttribute<VectorStoreVectorAttribute>() is not null);
            Dimensions = vector.GetCustomAttribute<VectorStoreVectorAttribute>()!.Dimensions;
            fullText = properties
                .Where(p => p.GetCustomAttribute<VectorStoreDataAttribute>() is { IsFullTextIndexed: true })
                .ToDictionary(p => p.Name, p => p);
        }

        if (key.PropertyType != typeof(string))
        {
            throw new InvalidOperationException($"The key of {type.Name} must be a string.");
        }
    }

    public int Dimensions { get; }

    public string Key(TRecord record) => (string?)key.GetValue(record) ?? throw new ArgumentException("A record's key must not be null.");

    public ReadOnlyMemory<float> Vector(TRecord record) => vector.GetValue(record) switch
    {
        ReadOnlyMemory<float> memory => memory,
        float[] array => array,
        Embedding<float> embedding => embedding.Vector,
        null => ReadOnlyMemory<float>.Empty,
        var other => throw new InvalidOperationException($"Vector property of type {other.GetType().Name} is not supported."),
    };

    /// <summary>The text of the full-text-indexed properties (all, or only <paramref name="propertyName"/>), joined.</summary>
    public string FullText(TRecord record, string? propertyName)
    {
        var parts = new List<string>();
        foreach (var (name, property) in fullText)
        {
            if (propertyName is not null && name != propertyName)
            {
                continue;
            }

            switch (property.GetValue(record))
            {
                case string s:
                    parts.Add(s);
                    break;
                case IEnumerable<string> many:
                    parts.AddRange(many);
                    break;
            }
        }

        return string.Join(" \n ", parts);
    }
}
