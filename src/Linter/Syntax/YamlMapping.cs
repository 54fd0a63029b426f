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
    private readonly Dictionary<string, int> lastIndexByKey;
    private IReadOnlyList<YamlNode>? children;

    internal YamlMapping(string pointer, SourceSpan span, string? tag, string? anchor, bool isAliasCopy, IReadOnlyList<YamlMappingEntry> entries)
        : base(pointer, span, tag, anchor, isAliasCopy)
    {
        Entries = entries;
        lastIndexByKey = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            lastIndexByKey[entries[i].KeyText] = i;
        }
    }

    public override YamlNodeKind Kind => YamlNodeKind.Mapping;

    public IReadOnlyList<YamlMappingEntry> Entries { get; }

    public override IReadOnlyList<YamlNode> Children => children ??= Entries.SelectMany(e => new[] { e.Key, e.Value }).ToArray();

    public YamlNode? GetValue(string key) => lastIndexByKey.TryGetValue(key, out var index) ? Entries[index].Value : null;

    public YamlMappingEntry? GetEntry(string key) => lastIndexByKey.TryGetValue(key, out var index) ? Entries[index] : null;

    public bool ContainsKey(string key) => lastIndexByKey.ContainsKey(key);

    /// <summary>The text of a scalar value at <paramref name="key"/>, or null when absent, null-valued or not a scalar.</summary>
    public string? GetString(string key) => GetValue(key) is YamlScalar { IsNull: false } scalar ? scalar.Value : null;

    public YamlMapping? GetMapping(string key) => GetValue(key) as YamlMapping;

    public YamlSequence? GetSequence(string key) => GetValue(key) as YamlSequence;
}
