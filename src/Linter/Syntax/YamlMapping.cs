namespace GitOpsLint.Syntax;

/// <summary>A key/value pair of a mapping; both sides keep their spans.</summary>
public sealed record YamlMappingEntry(YamlNode Key, YamlNode Value)
{
    /// <summary>The key as text (scalar keys; complex keys give their pointer-free text form "").</summary>
    public string KeyText => Key is YamlScalar scalar ? scalar.Value : string.Empty;
}

/// <summary>A mapping node. Later duplicate keys are kept in <see cref="Entries"/>; lookups return the last one, as Go's YAML decoders do.</summary>
public sealed class YamlMapping : YamlNode
{
    // Most mappings have a handful of keys: a linear scan beats a dictionary and allocates nothing; large ones get an index.
    private const int IndexThreshold = 8;
    private readonly Dictionary<string, int>? lastIndexByKey;
    private IReadOnlyList<YamlNode>? children;

    internal YamlMapping(string pointer, SourceSpan span, string? tag, string? anchor, bool isAliasCopy, IReadOnlyList<YamlMappingEntry> entries)
        : base(pointer, span, tag, anchor, isAliasCopy)
    {
        Entries = entries;
        if (entries.Count > IndexThreshold)
        {
            lastIndexByKey = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                lastIndexByKey[entries[i].KeyText] = i;
            }
        }
    }

    public override YamlNodeKind Kind => YamlNodeKind.Mapping;

    public IReadOnlyList<YamlMappingEntry> Entries { get; }

    public override IReadOnlyList<YamlNode> Children => children ??= Entries.SelectMany(e => new[] { e.Key, e.Value }).ToArray();

    public YamlNode? GetValue(string key) => IndexOf(key) is var index and >= 0 ? Entries[index].Value : null;

    public YamlMappingEntry? GetEntry(string key) => IndexOf(key) is var index and >= 0 ? Entries[index] : null;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>The index of the last entry with this key (the one Go's decoders keep), or -1.</summary>
    private int IndexOf(string key)
    {
        if (lastIndexByKey is not null)
        {
            return lastIndexByKey.TryGetValue(key, out var found) ? found : -1;
        }

        for (var i = Entries.Count - 1; i >= 0; i--)
        {
            if (string.Equals(Entries[i].KeyText, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The text of a scalar value at <paramref name="key"/>, or null when absent, null-valued or not a scalar.</summary>
    public string? GetString(string key) => GetValue(key) is YamlScalar { IsNull: false } scalar ? scalar.Value : null;

    public YamlMapping? GetMapping(string key) => GetValue(key) as YamlMapping;

    public YamlSequence? GetSequence(string key) => GetValue(key) as YamlSequence;
}
