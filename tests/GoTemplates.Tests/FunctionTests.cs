using GoTemplates.Runtime;

namespace GoTemplates.Tests;

public sealed class FunctionTests
{
    private static readonly GoFunction Upper = new("upper", [GoType.String], false, GoType.String, false, a => ((string)a[0]!).ToUpperInvariant());
    private static readonly GoFunction Join = new("join", [GoType.String, GoType.Interface], true, GoType.String, false,
        a => string.Join((string)a[0]!, a.Skip(1).Select(x => GoFmt.Sprint(x))));
    private static readonly GoFunction Fail = new("fail", [GoType.String], false, GoType.String, true, a => throw new GoFunctionException((string)a[0]!));
    private static readonly GoFunction Boom = new("boom", [], false, GoType.String, false, _ => throw new GoPanicException("runtime error: boom"));
    private static readonly GoFunction TypeName = new("typename", [GoType.Interface], false, GoType.String, false, a => GoTypes.NameOf(a[0]));
    private static readonly GoFunction Add64 = new("add64", [GoType.Int64, GoType.Int64], false, GoType.Int64, false, a => (long)a[0]! + (long)a[1]!);
    private static readonly GoFunction Half = new("half", [GoType.Float64], false, GoType.Float64, false, a => (double)a[0]! / 2);
    private static readonly GoFunction MyLen = new("len", [GoType.Interface], false, GoType.String, false, _ => "custom");

    private static string Run(string text, object? data = null)
    {
        var set = new TemplateSet("t");
        set.AddFunctions(new Dictionary<string, GoFunction>
        {
            ["upper"] = Upper, ["join"] = Join, ["fail"] = Fail, ["boom"] = Boom, ["typename"] = TypeName,
            ["add64"] = Add64, ["half"] = Half,
        });
        set.Parse("t", text);
        return set.Execute("t", data);
    }

    private static string Error(string text, object? data = null) =>
        Assert.ThrowsAny<TemplateException>(() => Run(text, data)).Message;

    [Theory]
    [InlineData("{{upper \"abc\"}}", "ABC")]
    [InlineData("{{\"abc\" | upper}}", "ABC")]
    [InlineData("{{join \",\" 1 \"a\" 2.5 true}}", "1,a,2.5,true")]
    [InlineData("{{join \",\"}}", "")]
    [InlineData("{{typename 1}} {{typename 1.0}} {{typename 'a'}} {{typename 0x10}} {{typename 1e3}}", "int float64 int int float64")]
    [InlineData("{{add64 2 3}} {{typename (add64 2 3)}}", "5 int64")]
    [InlineData("{{half 3}}", "1.5")]
    public void CallsFunctionsWithGoConversions(string text, string expected) => Assert.Equal(expected, Run(text));

    [Fact]
    public void WrongTypeForValue() =>
        Assert.Equal("template: t:1:19: executing \"t\" at <$x>: wrong type for value; expected string; got int", Error("{{$x := 1}}{{upper $x}}"));

    [Fact]
    public void LiteralOfWrongKind() =>
        Assert.Equal("template: t:1:8: executing \"t\" at <1>: expected string; found 1", Error("{{upper 1}}"));

    [Fact]
    public void WrongNumberOfArgs() =>
        Assert.Equal("template: t:1:2: executing \"t\" at <upper>: wrong number of args for upper: want 1 got 2", Error("{{upper \"a\" \"b\"}}"));

    [Fact]
    public void WrongNumberOfArgsVariadic() =>
        Assert.Equal("template: t:1:2: executing \"t\" at <join>: wrong number of args for join: want at least 1 got 0", Error("{{join}}"));

    [Fact]
    public void FloatLiteralForIntParameter() =>
        Assert.Equal("template: t:1:8: executing \"t\" at <1.5>: expected integer; found 1.5", Error("{{add64 1.5 2}}"));

    [Fact]
    public void ErrorResultIsWrapped() =>
        Assert.Equal("template: t:1:2: executing \"t\" at <fail \"bad\">: error calling fail: bad", Error("{{fail \"bad\"}}"));

    [Fact]
    public void PanicIsWrapped() =>
        Assert.Equal("template: t:1:2: executing \"t\" at <boom>: error calling boom: runtime error: boom", Error("{{boom}}"));

    [Fact]
    public void UnknownFunctionIsAParseError() =>
        Assert.Equal("template: t:1: function \"nope\" not defined", Error("{{nope}}"));

    [Fact]
    public void UserFunctionsOverrideBuiltins()
    {
        var set = new TemplateSet();
        set.AddFunctions(new Dictionary<string, GoFunction> { ["len"] = MyLen });
        set.Parse("t", "{{len 1}}");
        Assert.Equal("custom", set.Execute("t", null));
    }

    [Fact]
    public void BreakIsAnIdentifierWhenAFunctionHasThatName()
    {
        var set = new TemplateSet();
        set.AddFunctions(new Dictionary<string, GoFunction> { ["break"] = new("break", [], false, GoType.String, false, _ => "fn") });
        set.Parse("t", "{{break}}");
        Assert.Equal("fn", set.Execute("t", null));
    }

    [Fact]
    public void CallInvokesFunctionValues()
    {
        var data = new Dictionary<string, object?> { ["f"] = Add64, ["u"] = Upper };
        Assert.Equal("7", Run("{{call .f 3 4}}", data));
        Assert.Equal("template: t:1:2: executing \"t\" at <call .u 1>: error calling call: arg 0: value has type int; should be string", Error("{{call .u 1}}", data));
        Assert.Equal("template: t:1:2: executing \"t\" at <call .f 1>: error calling call: wrong number of args: got 1 want 2", Error("{{call .f 1}}", data));
    }

    [Fact]
    public void FormattingAFunctionValueDoesNotRecurse()
    {
        var data = new Dictionary<string, object?> { ["f"] = Upper };
        Assert.Equal("0x0 %!d(func(string) string=0x0) func(string) string", Run("{{print .f}} {{printf \"%d %T\" .f .f}}", data));
    }

    [Fact]
    public void PrintingAFunctionValueFails()
    {
        var data = new Dictionary<string, object?> { ["f"] = Upper };
        Assert.Equal("template: t:1:2: executing \"t\" at <{{.f}}>: can't print {{.f}} of type func(string) string", Error("{{.f}}", data));
    }
}
