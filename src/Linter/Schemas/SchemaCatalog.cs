using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;

namespace GitOpsLint.Schemas;

/// <summary>
/// The schemas one run validates with, in priority order: CustomResourceDefinitions found in the repository (what
/// will really be installed), the folders configured under <c>schemas:</c>, then the shipped schemas. Kinds are
/// compiled on first use, once per run, from any thread.
/// </summary>
internal sealed class SchemaCatalog
{
    // One catalog per run: keyed on the run's Repository and dropped with it (analyzers are stateless by design).
    private static readonly ConditionalWeakTable<Repository, SchemaCatalog> PerRun = new();

    private readonly IReadOnlyList<ISchemaSource> sources;
    private readonly ConcurrentDictionary<string, KindVersions?> versions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(ISchemaSource, string), Lazy<(CompiledKind? Compiled, string? Error)>> compiled = new();

    public SchemaCatalog(IReadOnlyList<ISchemaSource> sources, IReadOnlyList<(Location Location, string Message)> problems)
    {
        this.sources = sources;
        Problems = problems;
    }

    /// <summary>Configured sources that could not be read.</summary>
    public IReadOnlyList<(Location Location, string Message)> Problems { get; }

    public static SchemaCatalog For(Repository repository) => PerRun.GetValue(repository, Create);

    /// <summary>A catalog of the shipped schemas only (benchmarks, tools).</summary>
    public static SchemaCatalog ShippedOnly() => new(ShippedSchemas.Source is { } shipped ? [shipped] : [], []);

    private static SchemaCatalog Create(Repository repository)
    {
        var list = new List<ISchemaSource>();
        var repositoryCrds = new BundleSchemaSource("the repository's CustomResourceDefinitions", RepositoryBundles(repository));
        if (!repositoryCrds.IsEmpty)
        {
            list.Add(repositoryCrds);
        }

        var (configured, problems) = SchemaConfiguration.Read(repository.Configuration, repository.Workspace);
        list.AddRange(configured);
        if (ShippedSchemas.Source is { } shipped)
        {
            list.Add(shipped);
        }

        return new SchemaCatalog(list, problems);
    }

    private static IEnumerable<SchemaBundle> RepositoryBundles(Repository repository)
    {
        foreach (var crd in repository.Objects)
        {
            if (crd.Kind == "CustomResourceDefinition" && CrdReader.IsCrd(crd.Root))
            {
                var kinds = CrdReader.Read(crd.Root);
                if (kinds.Count > 0)
                {
                    yield return new SchemaBundle(crd.Document.File.Path, kinds, []);
                }
            }
        }
    }

    /// <summary>Every version of a group and kind known to the first source that knows the kind; null when none does.</summary>
    public KindVersions? VersionsOf(string group, string kind) => versions.GetOrAdd(group + "/" + kind, _ =>
    {
        foreach (var source in sources)
        {
            var found = source.VersionsOf(group, kind);
            if (found.Count > 0)
            {
                return new KindVersions(source, found);
            }
        }

        return null;
    });

    /// <summary>The compiled schema of a version (null with an error when its schema cannot be compiled).</summary>
    public (CompiledKind? Compiled, string? Error) Compile(ISchemaSource source, KindSchema kind, SchemaBundle bundle) =>
        compiled.GetOrAdd((source, kind.Key), _ => new Lazy<(CompiledKind?, string?)>(() =>
        {
            try
            {
                var kubernetes = ShippedSchemas.Source?.KubernetesBundle?.Definitions;
                return (new CompiledKind(kind, ValidationSchemaBuilder.Build(kind, bundle.Definitions, kubernetes), CelRuleChecker.For(kind, bundle.Definitions)), null);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                return (null, exception.Message);
            }
        }, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}

/// <summary>The versions of a kind as one source defines them.</summary>
internal sealed record KindVersions(ISchemaSource Source, IReadOnlyList<(KindSchema Kind, SchemaBundle Bundle)> Versions)
{
    public (KindSchema Kind, SchemaBundle Bundle)? Find(string version)
    {
        foreach (var entry in Versions)
        {
            if (entry.Kind.Version == version)
            {
                return entry;
            }
        }

        return null;
    }
}
