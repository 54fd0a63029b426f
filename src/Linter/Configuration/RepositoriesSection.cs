using GitOpsLint.Syntax;

namespace GitOpsLint.Configuration;

/// <summary>
/// The <c>repositories:</c> section of .gitopslint.yaml: the URLs under which Argo CD (or Flux) reaches THIS
/// repository, so that sources pointing at it are checked against its files.
/// <code>
/// repositories:
///   self:
///     - https://github.com/org/monorepo.git
///     - git@github.com:org/monorepo.git
/// </code>
/// A single URL may be written instead of a list. URLs are compared without scheme, user, <c>.git</c> suffix and
/// case of the host, so the two lines above name the same repository.
/// </summary>
public sealed record RepositoriesSection(IReadOnlyList<string> Self)
{
    public static readonly RepositoriesSection Empty = new([]);

    public static RepositoriesSection From(LintConfiguration configuration)
    {
        if (configuration.Root?.GetMapping("repositories") is not { } section)
        {
            return Empty;
        }

        return section.GetValue("self") switch
        {
            YamlScalar { IsNull: false } single => new RepositoriesSection([single.Value]),
            YamlSequence list => new RepositoriesSection(list.Items.OfType<YamlScalar>().Where(s => !s.IsNull).Select(s => s.Value).ToArray()),
            _ => Empty,
        };
    }
}
