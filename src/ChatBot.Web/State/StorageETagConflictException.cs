namespace ChatBot.Web.State;

/// <summary>A write carried an ETag that no longer matches the stored item: someone else changed it since it was read.</summary>
public sealed class StorageETagConflictException(string key)
    : Exception($"The stored item '{key}' was changed by another writer since it was read.")
{
    /// <summary>The storage key that was in conflict.</summary>
    public string Key { get; } = key;
}
