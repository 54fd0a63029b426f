using GitOpsLint.Model;
using GitOpsLint.Rendering.Provenance;

namespace GitOpsLint.Rendering.Units;

/// <summary>What discovering units needs: the repository, who "this repository" is, environment names, limits, and where problems go.</summary>
internal sealed class UnitDiscoveryContext(Repository repository, UnitOptions options)
{
    public Repository Repository { get; } = repository;

    public UnitOptions Options { get; } = options;

    public SelfRepository Self { get; } = SelfRepository.Read(repository.Workspace, repository.Configuration);

    public EnvironmentGuesser Environments { get; } = new(repository.Configuration);

    public SourceLocator Locator { get; } = new(repository);

    public List<UnitProblem> Problems { get; } = [];
}
