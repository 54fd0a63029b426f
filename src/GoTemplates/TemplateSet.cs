using System.Text;
using GoTemplates.Execution;
using GoTemplates.Parse;
using GoTemplates.Runtime;

namespace GoTemplates;

/// <summary>
/// A set of named Go templates sharing definitions and functions, like a Go <c>*template.Template</c> and its
/// associated templates (Helm keeps one per chart). Parse several texts into it; every <c>define</c> becomes a
/// template of the set; a later definition of a name replaces an earlier one, as in Go.
/// </summary>
/// <remarks>Not thread-safe while parsing or adding functions; concurrent executions of a fully built set are safe.</remarks>
public sealed class TemplateSet
{
    private readonly Dictionary<string, TemplateTree> _templates;
    private readonly Dictionary<string, GoFunction> _functions;

    /// <summary>Creates an empty set; <paramref name="name"/> is what Go calls the root template (used in lookup errors).</summary>
    public TemplateSet(string name = "", TemplateOptions? options = null)
    {
        Name = name;
        Options = options ?? new TemplateOptions();
        _templates = new Dictionary<string, TemplateTree>(StringComparer.Ordinal);
        _functions = new Dictionary<string, GoFunction>(StringComparer.Ordinal);
    }

    private TemplateSet(TemplateSet source)
    {
        Name = source.Name;
        Options = source.Options;
        _templates = new Dictionary<string, TemplateTree>(source._templates, StringComparer.Ordinal);
        _functions = new Dictionary<string, GoFunction>(source._functions, StringComparer.Ordinal);
    }

    public string Name { get; }

    /// <summary>Missing-key behaviour and execution limits.</summary>
    public TemplateOptions Options { get; set; }

    /// <summary>The names of the templates defined in the set, sorted ordinally.</summary>
    public IReadOnlyList<string> TemplateNames
    {
        get
        {
            var names = new List<string>(_templates.Keys);
            names.Sort(StringComparer.Ordinal);
            return names;
        }
    }

    /// <summary>
    /// Adds (or replaces) functions callable from templates parsed afterwards, as Go's <c>Funcs</c>; they take
    /// precedence over the builtins of the same name. Call before <see cref="Parse"/>: parsing rejects unknown functions.
    /// </summary>
    public TemplateSet AddFunctions(IReadOnlyDictionary<string, GoFunction> functions)
    {
        foreach (var (name, function) in functions) _functions[name] = function;
        return this;
    }

    /// <summary>
    /// Parses <paramref name="text"/> as the template <paramref name="name"/> (a file name in Helm), adding it and
    /// its <c>define</c>/<c>block</c> templates to the set. Throws <see cref="TemplateException"/> with Go's message.
    /// </summary>
    public void Parse(string name, string text)
    {
        var trees = Parser.Parse(name, text, HasFunction, Options.MaxParseDepth);
        foreach (var (treeName, tree) in trees)
        {
            // Go's associate: an empty redefinition never replaces an existing template.
            if (_templates.TryGetValue(treeName, out var existing) && TemplateTree.IsEmpty(tree.Root) && existing.Root is not null) continue;
            _templates[treeName] = tree;
        }
    }

    /// <summary>Whether a template of that name is defined (Go's <c>Lookup(name) != nil</c>).</summary>
    public bool Contains(string name) => _templates.ContainsKey(name);

    /// <summary>A copy sharing the parsed trees and functions; parsing into it leaves this set unchanged (Helm's <c>tpl</c>).</summary>
    public TemplateSet Clone() => new(this);

    /// <summary>Executes template <paramref name="name"/> with <paramref name="data"/> as dot and returns the output.</summary>
    public string Execute(string name, object? data, CancellationToken cancellationToken = default)
    {
        var budget = new ExecutionBudget(Options, cancellationToken);
        return ExecuteNested(name, data, budget, 0);
    }

    /// <summary>Executes template <paramref name="name"/> and writes the output to <paramref name="writer"/> (all or nothing).</summary>
    public void Execute(string name, object? data, TextWriter writer, CancellationToken cancellationToken = default) =>
        writer.Write(Execute(name, data, cancellationToken));

    internal string ExecuteNested(string name, object? data, ExecutionBudget budget, int depth)
    {
        if (!_templates.TryGetValue(name, out var tree))
            throw new TemplateException(GoFmt.Sprintf("template: no template %q associated with template %q", name, Name), null, 0, null);
        if (depth > Options.MaxTemplateDepth)
            throw new TemplateLimitException("template: " + name + ": exceeded maximum template depth (" + Options.MaxTemplateDepth + ")", tree.ParseName, 0, null);
        var output = new StringBuilder();
        new Executor(this, tree, output, budget, depth).Run(data);
        return output.ToString();
    }

    internal TemplateTree? Lookup(string name) => _templates.GetValueOrDefault(name);

    internal bool TryGetFunction(string name, out GoFunction function) => _functions.TryGetValue(name, out function!);

    private bool HasFunction(string name) => _functions.ContainsKey(name) || Builtins.Contains(name);
}
