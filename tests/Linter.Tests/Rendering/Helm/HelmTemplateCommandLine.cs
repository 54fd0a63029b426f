using GitOpsLint.Rendering.Helm;

namespace GitOpsLint.Tests.Rendering.Helm;

/// <summary>The subset of <c>helm template</c>'s flags the golden cases use, parsed into <see cref="HelmRenderOptions"/>.</summary>
internal sealed record HelmTemplateCommandLine(string ChartPath, HelmRenderOptions Options, bool Debug)
{
    internal static HelmTemplateCommandLine Parse(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        var options = new HelmRenderOptions();
        var debug = false;
        var values = new List<string>();
        var set = new List<string>();
        var setString = new List<string>();
        var setJson = new List<string>();
        var setFile = new List<string>();
        var apiVersions = new List<string>();
        var showOnly = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = arg.StartsWith("--", StringComparison.Ordinal) && eq > 0 ? arg[..eq] : arg;
            string Value() => arg.StartsWith("--", StringComparison.Ordinal) && eq > 0 ? arg[(eq + 1)..].Trim('\'') : args[++i];
            switch (name)
            {
                case "-f" or "--values": values.AddRange(Value().Split(',', StringSplitOptions.RemoveEmptyEntries)); break;
                case "--set": set.Add(Value()); break;
                case "--set-string": setString.Add(Value()); break;
                case "--set-json": setJson.Add(Value()); break;
                case "--set-file": setFile.Add(Value()); break;
                case "-n" or "--namespace": options = options with { Namespace = Value() }; break;
                case "--kube-version": options = options with { KubeVersion = Value() }; break;
                case "-a" or "--api-versions": apiVersions.AddRange(Value().Split(',', StringSplitOptions.RemoveEmptyEntries)); break;
                case "-s" or "--show-only": showOnly.Add(Value()); break;
                case "--include-crds": options = options with { IncludeCrds = true }; break;
                case "--skip-tests": options = options with { SkipTests = true }; break;
                case "--no-hooks": options = options with { NoHooks = true }; break;
                case "--is-upgrade": options = options with { IsUpgrade = true }; break;
                case "--helm4": options = options with { Helm4 = true }; break;
                case "--debug": debug = true; options = options with { Debug = true }; break;
                case "--name-template": options = options with { NameTemplate = Value() }; break;
                default:
                    if (arg.StartsWith('-'))
                    {
                        throw new NotSupportedException("flag not supported by the test harness: " + arg);
                    }

                    positional.Add(arg);
                    break;
            }
        }

        var chart = positional[^1];
        if (positional.Count == 2)
        {
            options = options with { ReleaseName = positional[0] };
        }

        options = options with
        {
            ValueFiles = values, Set = set, SetString = setString, SetJson = setJson, SetFile = setFile,
            ApiVersions = apiVersions, ShowOnly = showOnly,
        };
        return new HelmTemplateCommandLine(chart, options, debug);
    }
}
