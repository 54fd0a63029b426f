using GitOpsLint.Schemas;

// Usage: Regenerate UPSTREAM_DIR INPUTS_LIST OUTPUT_DIR
// Imports the files INPUTS_LIST names (relative to UPSTREAM_DIR, one a line, '#' comments) into OUTPUT_DIR,
// after removing the bundles an earlier run wrote there (the config schema and README stay).
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Regenerate UPSTREAM_DIR INPUTS_LIST OUTPUT_DIR");
    return 2;
}

var (upstream, list, output) = (args[0], args[1], args[2]);
var names = File.ReadAllLines(list).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
var inputs = names.Select(name => new SchemaInput(name, File.ReadAllBytes(Path.Combine(upstream, name)))).ToArray();
var (files, kindCount, problems) = SchemaImporter.Convert(inputs);
foreach (var problem in problems)
{
    Console.Error.WriteLine("warning: " + problem);
}

Directory.CreateDirectory(output);
foreach (var stale in Directory.GetFiles(output, "*.json").Where(f => !Path.GetFileName(f).StartsWith("gitopslint-", StringComparison.Ordinal)))
{
    File.Delete(stale);
}

foreach (var (name, content) in files)
{
    File.WriteAllText(Path.Combine(output, name), content, new System.Text.UTF8Encoding(false));
}

Console.WriteLine($"{files.Count} files, {kindCount} kinds, {files.Values.Sum(c => (long)System.Text.Encoding.UTF8.GetByteCount(c))} bytes written to {output}");
return 0;
