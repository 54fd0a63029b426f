using System.Collections;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using GoTemplates.Parse;
using GoTemplates.Parse.Nodes;
using GoTemplates.Runtime;

namespace GoTemplates.Execution;

/// <summary>
/// Executes one template (Go's exec.go <c>state</c>): walks the tree, evaluates pipelines with Go's rules and
/// writes output. A <c>{{template}}</c> call runs a new Executor sharing output and budget.
/// </summary>
internal sealed class Executor
{
    private enum Flow { Normal, Break, Continue }

    private readonly TemplateSet _set;
    private readonly TemplateTree _tree;
    private readonly StringBuilder _out;
    private readonly ExecutionBudget _budget;
    private readonly int _depth;
    private readonly List<Variable> _vars = [];
    private Node? _node;

    // Whether dot's Go static type is interface{} (an element of []interface{} or map[string]interface{} being
    // ranged over): Go then names "interface {}" rather than the dynamic type in "can't evaluate field" errors.
    private bool _dotIsInterface;

    private record struct Variable(string Name, object? Value, bool IsInterface);
    private TemplateContext? _context;

    public Executor(TemplateSet set, TemplateTree tree, StringBuilder output, ExecutionBudget budget, int depth)
    {
        _set = set;
        _tree = tree;
        _out = output;
        _budget = budget;
        _depth = depth;
    }

    /// <summary>Runs the template with <paramref name="data"/> as dot and <c>$</c>.</summary>
    public void Run(object? data)
    {
        var dot = data ?? NoValue.Instance;
        _vars.Add(new("$", dot, false));
        if (_tree.Root is null) throw Error(GoFmt.Sprintf("%q is an incomplete or empty template", _tree.Name));
        Walk(dot, _tree.Root);
    }

    private TemplateContext Context => _context ??= new TemplateContext(_set, _budget, _depth);

    // ---- errors ----

    private TemplateException Error(string message)
    {
        string name = _tree.Name;
        if (_node is null) return new TemplateException("template: " + name + ": " + message, _tree.ParseName, 0, null);
        string location = _node.Tree.Location(_node.Pos);
        var (line, column) = ParseLocation(location);
        return new TemplateException(
            "template: " + location + ": executing " + GoFmt.Quote(name) + " at <" + _node + ">: " + message,
            _node.Tree.ParseName, line, column);
    }

    private TemplateLimitException Limit(string message)
    {
        string location = _node is null ? _tree.ParseName : _node.Tree.Location(_node.Pos);
        var (line, column) = _node is null ? (0, (int?)null) : ParseLocation(location);
        return new TemplateLimitException("template: " + location + ": " + message, _node?.Tree.ParseName ?? _tree.ParseName, line, column);
    }

    private static (int Line, int? Column) ParseLocation(string location)
    {
        int lastColon = location.LastIndexOf(':');
        int previousColon = location.LastIndexOf(':', lastColon - 1);
        int line = int.Parse(location.AsSpan(previousColon + 1, lastColon - previousColon - 1), System.Globalization.CultureInfo.InvariantCulture);
        int column = int.Parse(location.AsSpan(lastColon + 1), System.Globalization.CultureInfo.InvariantCulture);
        return (line, column);
    }

    private void Step()
    {
        var limit = _budget.Step();
        if (limit is not null) throw Limit(limit);
    }

    private void Write(string text)
    {
        _out.Append(text);
        var limit = _budget.Wrote(text.Length);
        if (limit is not null) throw Limit(limit);
    }

    // ---- variables ----

    private int Mark() => _vars.Count;

    private void Pop(int mark) => _vars.RemoveRange(mark, _vars.Count - mark);

    private void Push(string name, object? value) => _vars.Add(new(name, value, false));

    private void SetTopVar(int n, object? value, bool isInterface) => _vars[^n] = new(_vars[^n].Name, value, isInterface);

    private void SetVar(string name, object? value)
    {
        for (int i = _vars.Count - 1; i >= 0; i--)
        {
            if (_vars[i].Name == name)
            {
                _vars[i] = new(name, value, false);
                return;
            }
        }
        throw Error("undefined variable: " + name);
    }

    private Variable VarValue(string name)
    {
        for (int i = _vars.Count - 1; i >= 0; i--)
            if (_vars[i].Name == name) return _vars[i];
        throw Error("undefined variable: " + name);
    }

    // ---- walking ----

    private Flow Walk(object? dot, Node node)
    {
        _node = node;
        Step();
        switch (node)
        {
            case ActionNode action:
            {
                var value = EvalPipeline(dot, action.Pipe);
                if (action.Pipe.Decl.Count == 0) PrintValue(action, value);
                return Flow.Normal;
            }
            case ListNode list:
                foreach (var item in list.Nodes)
                {
                    var flow = Walk(dot, item);
                    if (flow != Flow.Normal) return flow;
                }
                return Flow.Normal;
            case TextNode text:
                Write(text.Text);
                return Flow.Normal;
            case BranchNode { Kind: BranchKind.Range } range:
                return WalkRange(dot, range);
            case BranchNode branch:
                return WalkIfOrWith(dot, branch);
            case TemplateNode template:
                WalkTemplate(dot, template);
                return Flow.Normal;
            case LoopControlNode loopControl:
                return loopControl.IsBreak ? Flow.Break : Flow.Continue;
            default:
                throw Error("unknown node: " + node);
        }
    }

    private Flow WalkIfOrWith(object? dot, BranchNode branch)
    {
        int mark = Mark();
        try
        {
            var value = EvalPipeline(dot, branch.Pipe);
            var (truth, ok) = Values.IsTrue(Values.IndirectInterface(value));
            if (!ok) throw Error(GoFmt.Sprintf("if/with can't use %v", value));
            if (truth && branch.Kind == BranchKind.With)
            {
                bool outer = _dotIsInterface;
                _dotIsInterface = false;
                try
                {
                    return Walk(value, branch.List);
                }
                finally
                {
                    _dotIsInterface = outer;
                }
            }
            if (truth) return Walk(dot, branch.List);
            if (branch.ElseList is not null) return Walk(dot, branch.ElseList);
            return Flow.Normal;
        }
        finally
        {
            Pop(mark);
        }
    }

    private Flow WalkRange(object? dot, BranchNode range)
    {
        _node = range;
        int outerMark = Mark();
        try
        {
            var value = EvalPipeline(dot, range.Pipe);
            int mark = Mark();
            int declarations = range.Pipe.Decl.Count;
            bool outerDotIsInterface = _dotIsInterface;
            bool elementIsInterface = value is List<object?> or Dictionary<string, object?> or object?[] || value is IGoObject { Type.Kind: GoKind.Map };

            // Returns false when a {{break}} ends the loop.
            bool OneIteration(object? index, object? element)
            {
                Step();
                if (declarations > 0) SetTopVar(1, element, elementIsInterface);
                if (declarations > 1) SetTopVar(2, index, false);
                _dotIsInterface = elementIsInterface;
                var flow = Walk(element, range.List);
                _dotIsInterface = outerDotIsInterface;
                Pop(mark);
                return flow != Flow.Break;
            }

            switch (value)
            {
                case NoValue or null:
                    break;
                case string:
                case bool:
                case double or float or Complex:
                    throw Error(GoFmt.Sprintf("range can't iterate over %v", value));
                case IGoObject obj when obj.Type.Kind != GoKind.Map && obj is not IList:
                    throw Error(GoFmt.Sprintf("range can't iterate over %v", value));
                case IList list:
                    if (list.Count == 0) break;
                    for (int i = 0; i < list.Count; i++)
                        if (!OneIteration((nint)i, list[i])) break;
                    return Flow.Normal;
                case IDictionary map:
                    if (map.Count == 0) break;
                    foreach (var key in GoPrinter.SortedKeys(map))
                        if (!OneIteration(key, map[key!])) break;
                    return Flow.Normal;
                default:
                    if (Values.TryGetInt(value, out long count) || (Values.TryGetUint(value, out ulong ucount) && (count = (long)Math.Min(ucount, long.MaxValue)) >= 0))
                    {
                        // Go 1.22+: range over an integer counts from 0; the oracle's Go 1.19 rejects it.
                        if (declarations > 1) throw Error(GoFmt.Sprintf("can't use %v to iterate over more than one variable", value));
                        if (count <= 0) break;
                        for (long i = 0; i < count; i++)
                        {
                            object element = Values.ConvertInt(i, GoTypes.TypeOf(value)!);
                            if (value is nuint or ulong or uint or ushort or byte) element = Values.ConvertUint((ulong)i, GoTypes.TypeOf(value)!);
                            elementIsInterface = false;
                        if (!OneIteration(element, element)) break;
                        }
                        return Flow.Normal;
                    }
                    throw Error(GoFmt.Sprintf("range can't iterate over %v", value));
            }
            if (range.ElseList is not null) return Walk(dot, range.ElseList);
            return Flow.Normal;
        }
        finally
        {
            Pop(outerMark);
        }
    }

    private void WalkTemplate(object? dot, TemplateNode node)
    {
        _node = node;
        var tree = _set.Lookup(node.Name) ?? throw Error(GoFmt.Sprintf("template %q not defined", node.Name));
        if (_depth >= _budget.Options.MaxTemplateDepth)
            throw Error("exceeded maximum template depth (" + _budget.Options.MaxTemplateDepth + ")");
        var value = node.Pipe is null ? NoValue.Instance : EvalPipeline(dot, node.Pipe);
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw Limit("exceeded the available stack depth");
        var nested = new Executor(_set, tree, _out, _budget, _depth + 1);
        nested._vars.Add(new("$", value, false));
        if (tree.Root is null) throw nested.Error(GoFmt.Sprintf("%q is an incomplete or empty template", tree.Name));
        nested.Walk(value, tree.Root);
    }

    // ---- evaluation ----

    private object? EvalPipeline(object? dot, PipeNode pipe)
    {
        _node = pipe;
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw Limit("exceeded the available stack depth");
        object? value = NoValue.NoFinal;
        foreach (var command in pipe.Cmds)
        {
            value = EvalCommand(dot, command, value);
            // A nil interface result becomes no value, as Go unwraps interface{} results.
            value ??= NoValue.Instance;
        }
        foreach (var variable in pipe.Decl)
        {
            if (pipe.IsAssign) SetVar(variable.Ident[0], value);
            else Push(variable.Ident[0], value);
        }
        return value;
    }

    private void NotAFunction(List<Node> args, object? final)
    {
        if (args.Count > 1 || !ReferenceEquals(final, NoValue.NoFinal))
            throw Error("can't give argument to non-function " + args[0]);
    }

    private object? EvalCommand(object? dot, CommandNode command, object? final)
    {
        Step();
        var first = command.Args[0];
        switch (first)
        {
            case FieldNode field:
                return EvalFieldNode(dot, field, command.Args, final);
            case ChainNode chain:
                return EvalChainNode(dot, chain, command.Args, final);
            case IdentifierNode identifier:
                return EvalFunction(dot, identifier, command, command.Args, final);
            case PipeNode pipe:
                NotAFunction(command.Args, final);
                return EvalPipeline(dot, pipe);
            case VariableNode variable:
                return EvalVariableNode(dot, variable, command.Args, final);
        }
        _node = first;
        NotAFunction(command.Args, final);
        switch (first)
        {
            case BoolNode b: return b.Value;
            case DotNode: return dot;
            case NilNode: throw Error("nil is not a command");
            case NumberNode number: return IdealConstant(number);
            case StringNode s: return s.Text;
        }
        throw Error(GoFmt.Sprintf("can't evaluate command %q", first.ToString()));
    }

    private object? IdealConstant(NumberNode constant)
    {
        _node = constant;
        if (constant.IsComplex) return constant.Complex128;
        if (constant.IsFloat && !Values.IsHexInt(constant.Text) && !Values.IsRuneInt(constant.Text) && constant.Text.IndexOfAny(['.', 'e', 'E', 'p', 'P']) >= 0)
            return constant.Float64;
        if (constant.IsInt) return (nint)constant.Int64;
        if (constant.IsUint) throw Error(constant.Text + " overflows int");
        return NoValue.Instance;
    }

    private object? EvalFieldNode(object? dot, FieldNode field, List<Node>? args, object? final)
    {
        _node = field;
        return EvalFieldChain(dot, dot, _dotIsInterface, field, field.Ident, 0, args, final);
    }

    private object? EvalChainNode(object? dot, ChainNode chain, List<Node>? args, object? final)
    {
        _node = chain;
        if (chain.Node is NilNode) throw Error("indirection through explicit nil in " + chain);
        var receiver = EvalArg(dot, null, chain.Node);
        bool isInterface = chain.Node switch
        {
            DotNode => _dotIsInterface,
            VariableNode v => VarValue(v.Ident[0]).IsInterface && v.Ident.Length == 1,
            IdentifierNode id => _set.TryGetFunction(id.Name, out var f) ? f.Result.Kind == GoKind.Interface : id.Name == "index",
            _ => false,
        };
        return EvalFieldChain(dot, receiver, isInterface, chain, chain.Field, 0, args, final);
    }

    private object? EvalVariableNode(object? dot, VariableNode variable, List<Node>? args, object? final)
    {
        _node = variable;
        var value = VarValue(variable.Ident[0]);
        if (variable.Ident.Length == 1)
        {
            if (args is not null) NotAFunction(args, final);
            return value.Value;
        }
        return EvalFieldChain(dot, value.Value, value.IsInterface, variable, variable.Ident, 1, args, final);
    }

    private object? EvalFieldChain(object? dot, object? receiver, bool receiverIsInterface, Node node, IReadOnlyList<string> ident, int start, List<Node>? args, object? final)
    {
        int n = ident.Count;
        for (int i = start; i < n - 1; i++)
        {
            bool resultIsInterface = receiver is Dictionary<string, object?> || receiver is IGoObject { Type.Kind: GoKind.Map };
            receiver = EvalField(dot, ident[i], node, null, NoValue.NoFinal, receiver, receiverIsInterface);
            receiverIsInterface = resultIsInterface;
        }
        return EvalField(dot, ident[n - 1], node, args, final, receiver, receiverIsInterface);
    }

    private object? EvalField(object? dot, string fieldName, Node node, List<Node>? args, object? final, object? receiver, bool receiverIsInterface)
    {
        if (receiver is NoValue)
        {
            if (_budget.Options.MissingKey == MissingKeyMode.Error) throw Error(GoFmt.Sprintf("nil data; no entry for key %q", fieldName));
            return NoValue.Instance;
        }
        if (receiver is null) throw Error("nil pointer evaluating interface {}." + fieldName);

        bool hasArgs = (args is not null && args.Count > 1) || !ReferenceEquals(final, NoValue.NoFinal);
        if (receiver is IGoObject obj)
        {
            if (obj.TryGetMethod(fieldName, out var method) && method is not null)
                return EvalCall(dot, method, false, node, fieldName, args, final);
            if (obj.TryGetField(fieldName, out var fieldValue))
            {
                if (hasArgs)
                {
                    if (obj.Type.Kind == GoKind.Map) throw Error(fieldName + " is not a method but has arguments");
                    throw Error(fieldName + " has arguments but cannot be invoked as function");
                }
                return fieldValue;
            }
            if (obj.Type.Kind == GoKind.Map)
            {
                if (hasArgs) throw Error(fieldName + " is not a method but has arguments");
                return MissingKey(fieldName, null);
            }
            throw Error("can't evaluate field " + fieldName + " in type " + (receiverIsInterface ? "interface {}" : obj.Type.Name));
        }
        if (receiver is Dictionary<string, object?> values)
        {
            if (hasArgs) throw Error(fieldName + " is not a method but has arguments");
            return values.TryGetValue(fieldName, out var result) ? result : MissingKey(fieldName, null);
        }
        if (receiver is IDictionary map && IsStringKeyed(map))
        {
            if (hasArgs) throw Error(fieldName + " is not a method but has arguments");
            return map.Contains(fieldName) ? map[fieldName] : MissingKey(fieldName, map);
        }
        throw Error("can't evaluate field " + fieldName + " in type " + (receiverIsInterface ? "interface {}" : GoTypes.NameOf(receiver)));
    }

    private static bool IsStringKeyed(IDictionary map)
    {
        var type = map.GetType();
        return type.IsGenericType && type.GetGenericArguments()[0] == typeof(string);
    }

    private object? MissingKey(string fieldName, IDictionary? map) => _budget.Options.MissingKey switch
    {
        MissingKeyMode.Zero => map is null ? null : Values.ZeroOfElement(map),
        MissingKeyMode.Error => throw Error(GoFmt.Sprintf("map has no entry for key %q", fieldName)),
        _ => NoValue.Instance,
    };

    private object? EvalFunction(object? dot, IdentifierNode node, Node command, List<Node>? args, object? final)
    {
        _node = node;
        string name = node.Name;
        if (_set.TryGetFunction(name, out var function)) return EvalCall(dot, function, false, command, name, args, final);
        if (Builtins.TryGet(name, out var builtin)) return EvalCall(dot, builtin, true, command, name, args, final);
        throw Error(GoFmt.Sprintf("%q is not a defined function", name));
    }

    private object? EvalCall(object? dot, GoFunction function, bool isBuiltin, Node node, string name, List<Node>? allArgs, object? final)
    {
        int argCount = allArgs is null ? 0 : allArgs.Count - 1;
        bool hasFinal = !ReferenceEquals(final, NoValue.NoFinal);
        int numIn = argCount + (hasFinal ? 1 : 0);
        var parameters = function.Parameters;
        int numFixed = argCount;
        if (function.IsVariadic)
        {
            numFixed = parameters.Count - 1;
            if (numIn < numFixed)
                throw Error("wrong number of args for " + name + ": want at least " + (parameters.Count - 1) + " got " + argCount);
        }
        else if (numIn != parameters.Count)
        {
            throw Error("wrong number of args for " + name + ": want " + parameters.Count + " got " + numIn);
        }

        if (isBuiltin && (name == "and" || name == "or"))
        {
            object? v = NoValue.Instance;
            for (int k = 0; k < argCount; k++)
            {
                v = EvalArg(dot, Values.ReflectValue, allArgs![k + 1]);
                if (Values.Truth(Values.IndirectInterface(v)) == (name == "or")) return v;
            }
            if (hasFinal) v = ValidateType(final, Values.ReflectValue);
            return v;
        }

        var argv = new object?[numIn];
        int i = 0;
        for (; i < numFixed && i < argCount; i++) argv[i] = EvalArg(dot, parameters[i], allArgs![i + 1]);
        if (function.IsVariadic)
        {
            var elementType = parameters[^1];
            for (; i < argCount; i++) argv[i] = EvalArg(dot, elementType, allArgs![i + 1]);
        }
        if (hasFinal)
        {
            var type = parameters[^1];
            if (function.IsVariadic && numIn - 1 < numFixed) type = parameters[numIn - 1];
            argv[i] = ValidateType(final, type);
        }

        // The catch only records the failure: throwing from inside a catch handler would stack a new exception
        // dispatch on top of the still-unwound frames at every level of a deep include chain.
        object? result = null;
        Exception? failure = null;
        try
        {
            if (isBuiltin) result = Builtins.Invoke(this, name, argv);
            else if (function.InvokeWithContext is { } withContext) result = withContext(Context, argv);
            else result = function.Invoke(argv);
        }
        catch (Exception e) when (e is not TemplateLimitException and not OutOfMemoryException)
        {
            // GoFunctionException is Go's error result, GoPanicException a panic, TemplateException a nested
            // execution's error; any other .NET exception is treated as a panic, which Go reports the same way.
            failure = e;
        }
        if (failure is not null)
        {
            _node = node;
            if (failure is InsufficientExecutionStackException) throw Limit("exceeded the available stack depth");
            throw Error("error calling " + name + ": " + failure.Message);
        }
        return result;
    }

    /// <summary>Evaluates an argument for a parameter of <paramref name="type"/> (null: no type, as for a chain's head).</summary>
    private object? EvalArg(object? dot, GoType? type, Node n)
    {
        _node = n;
        switch (n)
        {
            case DotNode:
                return ValidateType(dot, type);
            case NilNode:
                if (type is not null && Values.CanBeNil(type)) return Values.ZeroOf(type);
                throw Error("cannot assign nil to " + type);
            case FieldNode field:
                return ValidateType(EvalFieldNode(dot, field, [n], NoValue.NoFinal), type);
            case VariableNode variable:
                return ValidateType(EvalVariableNode(dot, variable, null, NoValue.NoFinal), type);
            case PipeNode pipe:
                return ValidateType(EvalPipeline(dot, pipe), type);
            case IdentifierNode identifier:
                return ValidateType(EvalFunction(dot, identifier, identifier, null, NoValue.NoFinal), type);
            case ChainNode chain:
                return ValidateType(EvalChainNode(dot, chain, null, NoValue.NoFinal), type);
        }
        if (type is null) throw Error("can't handle " + n + " for arg of type <nil>");
        if (ReferenceEquals(type, Values.ReflectValue) || (type.Kind == GoKind.Interface && type.Name == "interface {}"))
            return EvalEmptyInterface(n);
        switch (type.Kind)
        {
            case GoKind.Bool:
                if (n is BoolNode b) return b.Value;
                throw Error("expected bool; found " + n);
            case GoKind.Float64 or GoKind.Float32:
                if (n is NumberNode { IsFloat: true } f) return type.Kind == GoKind.Float32 ? (float)f.Float64 : f.Float64;
                throw Error("expected float; found " + n);
            case GoKind.Int or GoKind.Int64 or GoKind.Int32 or GoKind.Int16 or GoKind.Int8:
                if (n is NumberNode { IsInt: true } integer) return Values.ConvertInt(integer.Int64, type);
                throw Error("expected integer; found " + n);
            case GoKind.String:
                if (n is StringNode s) return s.Text;
                throw Error("expected string; found " + n);
            case GoKind.Uint or GoKind.Uint64 or GoKind.Uint32 or GoKind.Uint8:
                if (n is NumberNode { IsUint: true } unsigned) return Values.ConvertUint(unsigned.Uint64, type);
                throw Error("expected unsigned integer; found " + n);
        }
        throw Error("can't handle " + n + " for arg of type " + type);
    }

    private object? EvalEmptyInterface(Node n) => n switch
    {
        BoolNode b => b.Value,
        NumberNode number => IdealConstant(number),
        StringNode s => s.Text,
        _ => throw Error("can't handle assignment of " + n + " to empty interface argument"),
    };

    private object? ValidateType(object? value, GoType? type)
    {
        if (value is NoValue)
        {
            if (type is null) return NoValue.Instance;
            if (Values.CanBeNil(type)) return Values.ZeroOf(type);
            throw Error("invalid value; expected " + type);
        }
        if (type is null || ReferenceEquals(type, Values.ReflectValue)) return value;
        if (!Values.IsAssignable(value, type))
            throw Error("wrong type for value; expected " + type + "; got " + (value is null ? "interface {}" : GoTypes.NameOf(value)));
        return value;
    }

    private void PrintValue(Node node, object? value)
    {
        _node = node;
        if (value is NoValue)
        {
            Write("<no value>");
            return;
        }
        if (value is GoFunction) throw Error("can't print " + node + " of type " + GoTypes.NameOf(value));
        int before = _out.Length;
        bool stackExhausted = false;
        try
        {
            GoFmt.AppendSprint(_out, value);
        }
        catch (InsufficientExecutionStackException)
        {
            stackExhausted = true;
        }
        if (stackExhausted) throw Limit("exceeded the available stack depth");
        var limit = _budget.Wrote(_out.Length - before);
        if (limit is not null) throw Limit(limit);
    }

    /// <summary>Runs a GoFunction value for the <c>call</c> builtin (Go's call with prepareArg conversions).</summary>
    internal object? CallFunctionValue(object? fn, object?[] args)
    {
        fn = Values.IndirectInterface(fn);
        if (fn is NoValue) throw new GoFunctionException("call of nil");
        if (fn is not GoFunction function) throw new GoFunctionException("non-function of type " + GoTypes.NameOf(fn));
        int numIn = function.Parameters.Count;
        if (function.IsVariadic)
        {
            if (args.Length < numIn - 1) throw new GoFunctionException("wrong number of args: got " + args.Length + " want at least " + (numIn - 1));
        }
        else if (args.Length != numIn)
        {
            throw new GoFunctionException("wrong number of args: got " + args.Length + " want " + numIn);
        }
        var argv = new object?[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            var arg = Values.IndirectInterface(args[i]);
            var argType = !function.IsVariadic || i < numIn - 1 ? function.Parameters[i] : function.Parameters[^1];
            if (arg is NoValue)
            {
                if (!Values.CanBeNil(argType)) throw new GoFunctionException("arg " + i + ": value is nil; should be of type " + argType);
                argv[i] = Values.ZeroOf(argType);
                continue;
            }
            if (Values.IsAssignable(arg, argType))
            {
                argv[i] = arg;
                continue;
            }
            if (Values.TryGetInt(arg, out long signed) && Values.IsIntLike(argType.Kind))
            {
                argv[i] = argType.Kind is GoKind.Uint or GoKind.Uint64 or GoKind.Uint32 or GoKind.Uint8
                    ? Values.ConvertUint(unchecked((ulong)signed), argType)
                    : Values.ConvertInt(signed, argType);
                continue;
            }
            if (Values.TryGetUint(arg, out ulong unsigned) && Values.IsIntLike(argType.Kind))
            {
                argv[i] = argType.Kind is GoKind.Uint or GoKind.Uint64 or GoKind.Uint32 or GoKind.Uint8
                    ? Values.ConvertUint(unsigned, argType)
                    : Values.ConvertInt(unchecked((long)unsigned), argType);
                continue;
            }
            throw new GoFunctionException("arg " + i + ": value has type " + GoTypes.NameOf(arg) + "; should be " + argType);
        }
        if (function.InvokeWithContext is { } withContext) return withContext(Context, argv);
        return function.Invoke(argv);
    }
}
