using System.Text;
using GitOpsLint.Rendering.Units;
using GitOpsLint.Workspace;

namespace GitOpsLint.Tests.Rendering.Units;

/// <summary>
/// Whole repositories under tests/fixtures/units laid out like the public Argo CD and Flux examples: the unit list
/// and every unit's render (objects, chain, problems) must equal the reviewed files in tests/fixtures/units/_expected.
/// <c>GITOPSLINT_UPDATE_GOLDENS=1</c> rewrites them; a missing expected file fails the test.
/// </summary>
public sealed class UnitFixtureTests
{
    public static TheoryData<string> Repositories => new() { "argocd-example", "flux-example" };

    [Theory]
    [MemberData(nameof(Repositories))]
    public void Units_and_renders_match_the_reviewed_output(string name)
    {
        var root = FixtureRoot();
        var repository = TestRepository.Load(new FileSystemWorkspace(Path.Combine(root, name)));
        var catalog = UnitCatalog.Discover(repository);
        var results = UnitRenderer.RenderAll(catalog, repository);
        var expectedDirectory = Path.Combine(root, "_expected", name);

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["units.txt"] = UnitFormatter.FormatList(catalog) + string.Concat(catalog.Problems.Select(p => "# " + p + "\n")),
        };
        foreach (var result in results)
        {
            files[FileName(result.Unit.Id)] = UnitFormatter.FormatRender(result);
        }

        if (Environment.GetEnvironmentVariable("GITOPSLINT_UPDATE_GOLDENS") == "1")
        {
            Directory.CreateDirectory(expectedDirectory);
            foreach (var stale in Directory.GetFiles(expectedDirectory))
            {
                File.Delete(stale);
            }

            foreach (var (file, text) in files)
            {
                File.WriteAllText(Path.Combine(expectedDirectory, file), text, new UTF8Encoding(false));
            }
        }

        Assert.Equal(
            Directory.Exists(expectedDirectory) ? Directory.GetFiles(expectedDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray() : [],
            files.Keys.ToArray());
        foreach (var (file, text) in files)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(expectedDirectory, file)), text);
        }
    }

    private static string FileName(string unitId) => unitId.Replace('/', '_').Replace(':', '_').Replace('@', '_') + ".yaml";

    private static string FixtureRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GitOpsLint.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "tests", "fixtures", "units");
    }
}
