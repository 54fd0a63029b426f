namespace GitOpsLint.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.WriteLine("gitopslint " + typeof(Program).Assembly.GetName().Version);
        return 0;
    }
}
