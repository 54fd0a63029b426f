using System.Security.Cryptography;
using System.Text;
using GitOpsLint.Configuration;
using GitOpsLint.Model;
using GitOpsLint.Rendering.Units;

namespace GitOpsLint.Diff;

/// <summary>
/// Hashes of what decides a unit's rendering besides the files it reads: the defining object (normalised, so moving
/// it to another file or reordering keys changes nothing), its source and destination, the configuration, and for
/// Flux the ConfigMaps and Secrets its <c>substituteFrom</c>/<c>valuesFrom</c> name (found through the object index,
/// not read as files).
/// </summary>
internal static class Definitions
{
    public static string Configuration(LintConfiguration configuration) =>
        Hash(configuration.KubernetesVersion + "\n" + (configuration.Root is { } root ? YamlToJson.ConvertMapping(root).ToJsonString() : string.Empty));

    public static string Of(DeployableUnit unit, Repository repository, string configurationHash)
    {
        var text = new StringBuilder()
            .Append(configurationHash).Append('\n')
            .Append(unit.Kind).Append('\n')
            .Append(UnitKeys.Identity(unit)).Append('\n')
            .Append(unit.Source with { Location = Diagnostics.Location.InFile(string.Empty) }).Append('\n')
            .Append(unit.Cluster).Append('\n').Append(unit.DestinationNamespace).Append('\n').Append(unit.Environment).Append('\n')
            .Append(unit.SourceIndex).Append('\n')
            .Append(unit.Object is { } kubeObject ? YamlToJson.ConvertMapping(kubeObject.Root).ToJsonString() : unit.Location.Path).Append('\n');
        if (unit.Kind is UnitKind.FluxKustomization or UnitKind.FluxHelmRelease && unit.Object is { } flux)
        {
            foreach (var (kind, name) in ReferencedConfigData(flux))
            {
                var found = repository.Index.Find(kind, name, flux.Namespace).FirstOrDefault();
                text.Append(kind).Append('/').Append(name).Append('=')
                    .Append(found is null ? "-" : YamlToJson.ConvertMapping(found.Root).ToJsonString()).Append('\n');
            }
        }

        return Hash(text.ToString());
    }

    private static IEnumerable<(string Kind, string Name)> ReferencedConfigData(KubeObject flux)
    {
        var references = (flux.Spec?.GetMapping("postBuild")?.GetSequence("substituteFrom")?.Items ?? [])
            .Concat(flux.Spec?.GetSequence("valuesFrom")?.Items ?? []);
        foreach (var reference in references.OfType<Syntax.YamlMapping>())
        {
            if (reference.GetString("kind") is { } kind && reference.GetString("name") is { } name)
            {
                yield return (kind, name);
            }
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
