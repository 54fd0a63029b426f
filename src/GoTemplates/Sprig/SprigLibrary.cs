using GoTemplates.Runtime;
using GoTemplates.Sprig.Functions;
using GoTemplates.Sprig.Support;

namespace GoTemplates.Sprig;

/// <summary>Sprig v3's text function map (<c>sprig.TxtFuncMap()</c>, 3.2.3 plus <c>sha512sum</c>) for the Go template engine.</summary>
public static class SprigLibrary
{
    /// <summary>
    /// Builds the function map. Each call has its own random source and clock, so two maps built with the
    /// same options behave identically.
    /// </summary>
    public static IReadOnlyDictionary<string, GoFunction> Create(SprigOptions? options = null)
    {
        var context = new SprigContext(options ?? new SprigOptions());
        var table = new FunctionTable();
        StringFunctions.Register(table, context);
        DefaultFunctions.Register(table);
        ListFunctions.Register(table);
        DictFunctions.Register(table);
        MathFunctions.Register(table, context);
        EncodingFunctions.Register(table);
        CryptoFunctions.Register(table, context);
        RegexFunctions.Register(table);
        SemverFunctions.Register(table);
        DateFunctions.Register(table, context);
        PathFunctions.Register(table);
        UrlFunctions.Register(table);
        ReflectionFunctions.Register(table);
        EnvironmentFunctions.Register(table);
        return table.Build();
    }
}
