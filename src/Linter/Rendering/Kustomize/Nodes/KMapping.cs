namespace GitOpsLint.Rendering.Kustomize.Nodes;

/// <summary>One entry of a mapping: the key text, where the key was written, and the value.</summary>
public sealed class KEntry(string key, KNode value, NodeOrigin? keyOrigin)
{
    public string Key { get; } = key;

    public KNode Value { get; set; } = value;

    public NodeOrigin? KeyOrigin { get; set; } = keyOrigin;
}

/// <summary>A mapping that keeps insertion order; a later duplicate key replaces the earlier one, as go-yaml does.</summary>
public sealed class KMapping : KNode
{
    private readonly List<KEntry> entries = [];

    public KMapping(NodeOrigin? origin = null)
    {
        Origin = origin;
    }

    public IReadOnlyList<KEntry> Entries => entries;

    public int Count => entries.Count;

    public KNode? Get(string key)
    {
        foreach (var entry in entries)
        {
            if (entry.Key == key)
            {
                return entry.Value;
            }
        }

        return null;
    }

    public KMapping? GetMapping(string key) => Get(key) as KMapping;

    public KSequence? GetSequence(string key) => Get(key) as KSequence;

    /// <summary>The text of a non-null scalar value at <paramref name="key"/>, else null.</summary>
    public string? GetString(string key) => Get(key) is KScalar { IsNull: false } scalar ? scalar.Value : null;

    public bool ContainsKey(string key) => Get(key) is not null;

    public void Set(string key, KNode value, NodeOrigin? keyOrigin = null)
    {
        foreach (var entry in entries)
        {
            if (entry.Key == key)
            {
                entry.Value = value;
                return;
            }
        }

        entries.Add(new KEntry(key, value, keyOrigin ?? value.Origin));
    }

    public bool Remove(string key) => entries.RemoveAll(e => e.Key == key) > 0;

    /// <summary>The mapping at <paramref name="key"/>, created (at the end) when absent or null.</summary>
    public KMapping GetOrAddMapping(string key, NodeOrigin? origin = null)
    {
        if (Get(key) is KMapping existing)
        {
            return existing;
        }

        var created = new KMapping(origin);
        Set(key, created, origin);
        return created;
    }

    public override KNode DeepClone()
    {
        var copy = new KMapping(Origin);
        foreach (var entry in entries)
        {
            copy.entries.Add(new KEntry(entry.Key, entry.Value.DeepClone(), entry.KeyOrigin));
        }

        return copy;
    }
}
