using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GitOpsLint.Syntax;

/// <summary>
/// Turns bytes into a <see cref="YamlFile"/>. Never throws on bad input: malformed YAML, invalid UTF-8, duplicate
/// keys, alias bombs and deep nesting become <see cref="SyntaxIssue"/>s, and parsing resumes at the next document
/// after a syntax error so one broken document does not hide the rest of the file.
/// </summary>
public static class YamlParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static YamlFile Parse(string path, ReadOnlySpan<byte> bytes, YamlParseOptions? options = null)
    {
        options ??= YamlParseOptions.Default;
        var issues = new List<SyntaxIssue>();
        if (bytes.Length > options.MaxFileBytes)
        {
            return TooLarge(path, bytes.Length, options);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.UTF8.GetString(bytes);
            var badOffset = FirstInvalidUtf8Offset(bytes);
            var prefix = Encoding.UTF8.GetString(bytes[..badOffset]);
            var position = new SourceText(prefix + " ").PositionAt(prefix.Length);
            issues.Add(new SyntaxIssue(
                SyntaxIssueKind.InvalidEncoding,
                $"the file is not valid UTF-8 (byte 0x{bytes[badOffset]:X2} at offset {badOffset})",
                SourceSpan.At(position),
                Hint: "save the file as UTF-8; Kubernetes and Helm only read UTF-8"));
        }

        return Parse(path, text, options, issues);
    }

    /// <summary>The file that stands for one over <see cref="YamlParseOptions.MaxFileBytes"/>: no documents, one issue.</summary>
    public static YamlFile TooLarge(string path, long size, YamlParseOptions options)
    {
        var issue = new SyntaxIssue(
            SyntaxIssueKind.FileTooLarge,
            $"the file is {size:N0} bytes, more than the {options.MaxFileBytes:N0} bytes read; it was not checked",
            SourceSpan.At(new SourcePosition(1, 1, 0)),
            Hint: "split the file, or exclude it in .gitopslint.yaml if it is not a manifest");
        return new YamlFile(path, new SourceText(string.Empty), [], [issue]);
    }

    public static YamlFile Parse(string path, string text, YamlParseOptions? options = null) => Parse(path, text, options ?? YamlParseOptions.Default, []);

    private static YamlFile Parse(string path, string text, YamlParseOptions options, List<SyntaxIssue> issues)
    {
        var source = new SourceText(text);
        var comments = new List<YamlComment>();
        var builder = new TreeBuilder(source, options, issues, comments);
        var file = new YamlFile(path, source, comments, issues);
        var offset = 0;
        while (offset < text.Length || offset == 0)
        {
            var resumeAt = builder.ParseStream(file, offset);
            if (resumeAt is null || resumeAt <= offset)
            {
                break;
            }

            offset = resumeAt.Value;
        }

        return file;
    }

    private static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return 0;
    }

    /// <summary>Builds nodes from parser events with an explicit stack, so nesting depth never recurses on the CLR stack.</summary>
    private sealed class TreeBuilder(SourceText source, YamlParseOptions options, List<SyntaxIssue> issues, List<YamlComment> comments)
    {
        private int aliasNodesCopied;
        private bool aliasBudgetReported;
        private bool depthReported;

        /// <summary>Parses from <paramref name="offset"/>; returns where to resume after a syntax error, or null at the end.</summary>
        public int? ParseStream(YamlFile file, int offset)
        {
            var baseLine = source.PositionAt(offset).Line - 1;
            var parser = new Parser(new Scanner(new StringReader(source.Text[offset..]), skipComments: false));
            var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            var stack = new Stack<Frame>();
            YamlNode? documentRoot = null;
            SourcePosition documentStart = default;
            var skipDepth = 0;
            try
            {
                while (parser.MoveNext())
                {
                    var current = parser.Current!;
                    if (skipDepth > 0)
                    {
                        skipDepth += current switch
                        {
                            MappingStart or SequenceStart => 1,
                            MappingEnd or SequenceEnd => -1,
                            _ => 0,
                        };
                        if (skipDepth == 0)
                        {
                            Complete(stack, NullAt(stack, current.End, baseLine, offset), ref documentRoot);
                        }

                        continue;
                    }

                    switch (current)
                    {
                        case Comment comment:
                            comments.Add(new YamlComment(comment.Value.Trim(), ToPosition(comment.Start, baseLine, offset), comment.IsInline));
                            break;
                        case DocumentStart start:
                            anchors.Clear();
                            documentRoot = null;
                            documentStart = ToPosition(start.Start, baseLine, offset);
                            break;
                        case DocumentEnd end:
                            // An empty document ("---" alone) parses as an empty plain scalar: it has no root.
                            var root = documentRoot is YamlScalar { IsPlain: true, Value.Length: 0 } ? null : documentRoot;
                            file.AddDocument(root, new SourceSpan(documentStart, ToPosition(end.End, baseLine, offset)));
                            documentRoot = null;
                            break;
                        case Scalar scalar:
                        {
                            var pointer = ChildPointer(stack, scalar);
                            var node = new YamlScalar(pointer, Span(scalar, baseLine, offset), TagOf(scalar.Tag), AnchorOf(scalar.Anchor), false, scalar.Value, StyleOf(scalar.Style));
                            Remember(anchors, node);
                            Complete(stack, node, ref documentRoot);
                            break;
                        }

                        case AnchorAlias alias:
                        {
                            var pointer = ChildPointer(stack, null);
                            var copy = ExpandAlias(anchors, alias, pointer, baseLine, offset);
                            Complete(stack, copy, ref documentRoot);
                            break;
                        }

                        case MappingStart or SequenceStart:
                        {
                            if (stack.Count >= options.MaxDepth)
                            {
                                if (!depthReported)
                                {
                                    depthReported = true;
                                    issues.Add(new SyntaxIssue(
                                        SyntaxIssueKind.NestingTooDeep,
                                        $"nesting deeper than {options.MaxDepth} levels; the deeper content was not read",
                                        Span(current, baseLine, offset),
                                        Hint: "no Kubernetes object nests this deep; check the file for generated or hostile content"));
                                }

                                skipDepth = 1;
                                break;
                            }

                            var pointer = ChildPointer(stack, null);
                            var node = (NodeEvent)current;
                            stack.Push(new Frame(current is MappingStart, pointer, ToPosition(current.Start, baseLine, offset), TagOf(node.Tag), AnchorOf(node.Anchor)));
                            break;
                        }

                        case MappingEnd or SequenceEnd:
                        {
                            var frame = stack.Pop();
                            var span = new SourceSpan(frame.Start, ToPosition(current.End, baseLine, offset));
                            YamlNode node = frame.IsMapping
                                ? new YamlMapping(frame.Pointer, span, frame.Tag, frame.Anchor, false, ApplyMergeKeys(frame))
                                : new YamlSequence(frame.Pointer, span, frame.Tag, frame.Anchor, false, frame.Items);
                            Remember(anchors, node);
                            Complete(stack, node, ref documentRoot);
                            break;
                        }
                    }
                }

                return null;
            }
            catch (YamlException exception)
            {
                var position = ToPosition(exception.Start, baseLine, offset);
                var hint = "fix the YAML syntax at this position; the rest of this document was not checked";
                if (FindTabIndentation(position.Line) is { } tab)
                {
                    position = tab;
                    hint = "YAML does not allow tabs for indentation; indent with spaces";
                }

                issues.Add(new SyntaxIssue(SyntaxIssueKind.SyntaxError, CleanMessage(exception.Message), SourceSpan.At(position), Hint: hint));
                return NextDocumentOffset(position.Line, offset);
            }
        }

        /// <summary>A tab in the indentation of the error line or the line after it (YamlDotNet reports tab errors at the end of the previous token).</summary>
        private SourcePosition? FindTabIndentation(int line)
        {
            for (var candidate = line; candidate <= Math.Min(line + 1, source.LineCount); candidate++)
            {
                var text = source.GetLine(candidate);
                var indentation = text.Length - text.TrimStart(' ', '\t').Length;
                var tab = text.IndexOf('\t');
                if (tab >= 0 && tab < indentation)
                {
                    return source.PositionAt(source.OffsetOf(candidate, tab + 1));
                }
            }

            return null;
        }

        /// <summary>Where the next document starts after an error (the error may sit on the "---" line itself).</summary>
        private int? NextDocumentOffset(int errorLine, int segmentOffset)
        {
            for (var line = errorLine; line <= source.LineCount; line++)
            {
                var text = source.GetLine(line);
                var lineOffset = source.OffsetOf(line, 1);
                if ((text == "---" || text.StartsWith("--- ", StringComparison.Ordinal)) && lineOffset > segmentOffset)
                {
                    return lineOffset;
                }
            }

            return null;
        }

        private static string CleanMessage(string message)
        {
            // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is reported separately.
            var marker = message.IndexOf("): ", StringComparison.Ordinal);
            return marker >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(marker + 3)..] : message;
        }

        private YamlNode ExpandAlias(Dictionary<string, YamlNode> anchors, AnchorAlias alias, string pointer, int baseLine, int offset)
        {
            var span = Span(alias, baseLine, offset);
            if (!anchors.TryGetValue(alias.Value.Value, out var target))
            {
                issues.Add(new SyntaxIssue(SyntaxIssueKind.UnknownAnchor, $"alias *{alias.Value.Value} names no anchor defined before it", span, Hint: $"define &{alias.Value.Value} earlier in the same document"));
                return new YamlScalar(pointer, span, null, null, false, string.Empty, YamlScalarStyle.Plain);
            }

            if (aliasBudgetReported)
            {
                return new YamlScalar(pointer, span, null, null, true, string.Empty, YamlScalarStyle.Plain);
            }

            var size = CountNodes(target);
            if (aliasNodesCopied + size > options.MaxAliasExpansionNodes)
            {
                aliasBudgetReported = true;
                issues.Add(new SyntaxIssue(
                    SyntaxIssueKind.AliasBudgetExceeded,
                    $"aliases expand to more than {options.MaxAliasExpansionNodes:N0} nodes (an alias bomb?); further aliases were read as null",
                    span,
                    Hint: "avoid aliases that nest other aliases; Kubernetes and Helm reject such documents too"));
                return new YamlScalar(pointer, span, null, null, true, string.Empty, YamlScalarStyle.Plain);
            }

            aliasNodesCopied += size;
            return Relocate(target, pointer);
        }

        private int CountNodes(YamlNode node)
        {
            var count = 0;
            foreach (var _ in node.DescendantsAndSelf())
            {
                if (++count > options.MaxAliasExpansionNodes)
                {
                    break;
                }
            }

            return count;
        }

        /// <summary>A copy of <paramref name="node"/> whose pointers start at <paramref name="pointer"/>; depth is bounded by MaxDepth.</summary>
        private static YamlNode Relocate(YamlNode node, string pointer) => node switch
        {
            YamlScalar scalar => scalar.CopyAt(pointer),
            YamlSequence sequence => new YamlSequence(pointer, sequence.Span, sequence.Tag, sequence.Anchor, true, sequence.Items.Select((item, i) => Relocate(item, JsonPointer.Append(pointer, i))).ToArray()),
            YamlMapping mapping => new YamlMapping(pointer, mapping.Span, mapping.Tag, mapping.Anchor, true, mapping.Entries.Select(e => new YamlMappingEntry(Relocate(e.Key, JsonPointer.Append(pointer, e.KeyText)), Relocate(e.Value, JsonPointer.Append(pointer, e.KeyText)))).ToArray()),
            _ => throw new InvalidOperationException("unknown node kind"),
        };

        /// <summary>Applies YAML merge keys (<c>&lt;&lt;: *base</c>): explicit keys win, merged ones fill in, as go-yaml does.</summary>
        private static List<YamlMappingEntry> ApplyMergeKeys(Frame frame)
        {
            if (!frame.Entries.Any(IsMergeEntry))
            {
                return frame.Entries;
            }

            var result = frame.Entries.Where(e => !IsMergeEntry(e)).ToList();
            var present = new HashSet<string>(result.Select(e => e.KeyText), StringComparer.Ordinal);
            foreach (var merge in frame.Entries.Where(IsMergeEntry))
            {
                var sources = merge.Value switch
                {
                    YamlMapping mapping => [mapping],
                    YamlSequence sequence => sequence.Items.OfType<YamlMapping>().ToArray(),
                    _ => Array.Empty<YamlMapping>(),
                };
                foreach (var source in sources)
                {
                    foreach (var entry in source.Entries)
                    {
                        if (present.Add(entry.KeyText))
                        {
                            var pointer = JsonPointer.Append(frame.Pointer, entry.KeyText);
                            result.Add(new YamlMappingEntry(Relocate(entry.Key, pointer), Relocate(entry.Value, pointer)));
                        }
                    }
                }
            }

            return result;
        }

        private static bool IsMergeEntry(YamlMappingEntry entry) => entry.Key is YamlScalar { IsPlain: true, Value: "<<" };

        private static void Remember(Dictionary<string, YamlNode> anchors, YamlNode node)
        {
            if (node.Anchor is not null)
            {
                anchors[node.Anchor] = node;
            }
        }

        private void Complete(Stack<Frame> stack, YamlNode node, ref YamlNode? documentRoot)
        {
            if (stack.Count == 0)
            {
                documentRoot = node;
                return;
            }

            var parent = stack.Peek();
            if (!parent.IsMapping)
            {
                parent.Items.Add(node);
                return;
            }

            if (parent.PendingKey is null)
            {
                parent.PendingKey = node;
                return;
            }

            var entry = new YamlMappingEntry(parent.PendingKey, node);
            parent.PendingKey = null;
            var keyText = entry.KeyText;
            if (entry.Key is YamlScalar && !IsMergeEntry(entry))
            {
                if (parent.FindKeySpan(keyText) is { } firstSpan)
                {
                    issues.Add(new SyntaxIssue(
                        SyntaxIssueKind.DuplicateKey,
                        $"duplicate key '{keyText}': the first one at line {firstSpan.Start.Line} is silently overwritten",
                        entry.Key.Span,
                        firstSpan,
                        "remove one of the two keys; Kubernetes, Helm and kustomize keep only the last"));
                }
                else
                {
                    parent.AddKeySpan(keyText, entry.Key.Span);
                }
            }

            parent.Entries.Add(entry);
        }

        private static YamlNode NullAt(Stack<Frame> stack, Mark end, int baseLine, int offset) =>
            new YamlScalar(ChildPointer(stack, null), default, null, null, false, string.Empty, YamlScalarStyle.Plain);

        private static string ChildPointer(Stack<Frame> stack, Scalar? scalarEvent)
        {
            if (stack.Count == 0)
            {
                return string.Empty;
            }

            var parent = stack.Peek();
            if (!parent.IsMapping)
            {
                return JsonPointer.Append(parent.Pointer, parent.Items.Count);
            }

            if (parent.PendingKey is null)
            {
                // This node is a key: it shares the pointer of the entry it names.
                return JsonPointer.Append(parent.Pointer, scalarEvent?.Value ?? string.Empty);
            }

            return JsonPointer.Append(parent.Pointer, parent.PendingKey is YamlScalar key ? key.Value : string.Empty);
        }

        private SourcePosition ToPosition(Mark mark, int baseLine, int offset)
        {
            var absolute = (int)Math.Min(mark.Index + offset, source.Text.Length);
            return new SourcePosition((int)mark.Line + baseLine, (int)mark.Column, absolute);
        }

        private SourceSpan Span(ParsingEvent parsingEvent, int baseLine, int offset) =>
            new(ToPosition(parsingEvent.Start, baseLine, offset), ToPosition(parsingEvent.End, baseLine, offset));

        private static string? TagOf(TagName tag) => tag.IsEmpty || tag.IsNonSpecific ? null : tag.Value;

        private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

        private static YamlScalarStyle StyleOf(ScalarStyle style) => style switch
        {
            ScalarStyle.SingleQuoted => YamlScalarStyle.SingleQuoted,
            ScalarStyle.DoubleQuoted => YamlScalarStyle.DoubleQuoted,
            ScalarStyle.Literal => YamlScalarStyle.Literal,
            ScalarStyle.Folded => YamlScalarStyle.Folded,
            _ => YamlScalarStyle.Plain,
        };
    }

    private sealed class Frame(bool isMapping, string pointer, SourcePosition start, string? tag, string? anchor)
    {
        public bool IsMapping { get; } = isMapping;

        public string Pointer { get; } = pointer;

        public SourcePosition Start { get; } = start;

        public string? Tag { get; } = tag;

        public string? Anchor { get; } = anchor;

        public List<YamlMappingEntry> Entries { get; } = [];

        public List<YamlNode> Items { get; } = [];

        public YamlNode? PendingKey { get; set; }

        // Duplicate-key detection: a list for the usual small mapping, a dictionary once it grows.
        private List<(string Key, SourceSpan Span)>? keyList;
        private Dictionary<string, SourceSpan>? keyIndex;

        public SourceSpan? FindKeySpan(string key)
        {
            if (keyIndex is not null)
            {
                return keyIndex.TryGetValue(key, out var span) ? span : null;
            }

            if (keyList is not null)
            {
                foreach (var (existing, span) in keyList)
                {
                    if (string.Equals(existing, key, StringComparison.Ordinal))
                    {
                        return span;
                    }
                }
            }

            return null;
        }

        public void AddKeySpan(string key, SourceSpan span)
        {
            if (keyIndex is not null)
            {
                keyIndex[key] = span;
                return;
            }

            keyList ??= new List<(string, SourceSpan)>(4);
            keyList.Add((key, span));
            if (keyList.Count > 8)
            {
                keyIndex = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
                foreach (var (existing, existingSpan) in keyList)
                {
                    keyIndex[existing] = existingSpan;
                }
            }
        }
    }
}
