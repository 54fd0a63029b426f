using BenchmarkDotNet.Running;
using GitOpsLint.Benchmarks.Synthetic;

namespace GitOpsLint.Benchmarks;

/// <summary>
/// Runs the benchmarks named on the command line (BenchmarkDotNet's switcher: <c>--filter '*Syntax*'</c>), or writes a
/// synthetic repository: <c>generate DIR [--applications N] [--helmreleases N] [--overlays N] [--charts N] [--manifests N] [--seed N]</c>.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "generate")
        {
            var options = new SyntheticRepositoryOptions();
            for (var i = 2; i + 1 < args.Length; i += 2)
            {
                var value = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
                options = args[i] switch
                {
                    "--applications" => options with { Applications = value },
                    "--helmreleases" => options with { HelmReleases = value },
                    "--overlays" => options with { Overlays = value },
                    "--charts" => options with { Charts = value },
                    "--manifests" => options with { Manifests = value },
                    "--seed" => options with { Seed = value },
                    _ => throw new ArgumentException($"unknown option {args[i]}"),
                };
            }

            SyntheticRepository.WriteTo(args[1], SyntheticRepository.Generate(options));
            Console.WriteLine($"generated {args[1]}");
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
