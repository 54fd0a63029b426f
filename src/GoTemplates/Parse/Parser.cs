using System.Runtime.CompilerServices;
using GoTemplates.Parse.Nodes;
using GoTemplates.Runtime;

namespace GoTemplates.Parse;

/// <summary>
/// Go's text/template parser: turns one template text into named trees (the text itself plus every
/// <c>define</c>/<c>block</c> in it), with Go's checks and error messages (<c>template: NAME:LINE: ...</c>).
/// </summary>
internal sealed class Parser
{
    private readonly List<Token> _tokens;
    private readonly string _parseName;
    private readonly string _text;
    private readonly Func<string, bool> _hasFunction;
    private readonly Dictionary<string, TemplateTree> _treeSet;
    private readonly int _maxDepth;
    private int _index;
    private int _furthest;
    private int _depth;

    // Per-tree state, saved and restored around define and block bodies.
    private TemplateTree _tree;
    private List<string> _vars = ["$"];
    private int _rangeDepth;
    private int _actionLine;

    private Parser(string name, string text, Func<string, bool> hasFunction, Dictionary<string, TemplateTree> treeSet, int maxDepth)
    {
        _parseName = name;
        _text = text;
        _hasFunction = hasFunction;
        _treeSet = treeSet;
        _maxDepth = maxDepth;
        _tokens = Lexer.Tokenize(text, breakOk: !hasFunction("break"), continueOk: !hasFunction("continue"));
        _tree = new TemplateTree(name, name, text);
    }

    /// <summary>
    /// Parses <paramref name="text"/> as template <paramref name="name"/>; returns the trees it defines by name
    /// (the text's own tree included). Throws <see cref="TemplateException"/> with Go's parse error message.
    /// </summary>
    public static Dictionary<string, TemplateTree> Parse(string name, string text, Func<string, bool> hasFunction, int maxDepth)
    {
        var treeSet = new Dictionary<string, TemplateTree>(StringComparer.Ordinal);
        var parser = new Parser(name, text, hasFunction, treeSet, maxDepth);
        parser.ParseTop();
        return treeSet;
    }

    private TemplateException Error(string message)
    {
        int line = _tokens[Math.Min(_furthest, _tokens.Count - 1)].Line;
        return new TemplateException("template: " + _parseName + ":" + line + ": " + message, _parseName, line, null);
    }

    private Token Next()
    {
        if (_index >= _tokens.Count) return _tokens[^1];
        if (_index > _furthest) _furthest = _index;
        return _tokens[_index++];
    }

    private void Backup() => _index--;

    private Token Peek()
    {
        if (_index >= _tokens.Count) return _tokens[^1];
        if (_index > _furthest) _furthest = _index;
        return _tokens[_index];
    }

    private Token NextNonSpace()
    {
        Token token;
        do token = Next();
        while (token.Kind == TokenKind.Space);
        return token;
    }

    private Token PeekNonSpace()
    {
        var token = NextNonSpace();
        Backup();
        return token;
    }

    private Token Expect(TokenKind expected, string context)
    {
        var token = NextNonSpace();
        if (token.Kind != expected) throw Unexpected(token, context);
        return token;
    }

    private TemplateException Unexpected(Token token, string context)
    {
        if (token.Kind == TokenKind.Error)
        {
            string extra = "";
            if (_actionLine != 0 && _actionLine != token.Line)
            {
                extra = " in action started at " + _parseName + ":" + _actionLine;
                if (token.Value.EndsWith(" action", StringComparison.Ordinal)) extra = extra[" in action".Length..];
            }
            return Error(token.Value + extra);
        }
        return Error("unexpected " + token + " in " + context);
    }

    private void EnterNesting()
    {
        _depth++;
        if (_depth >= _maxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw Error("max expression depth exceeded");
    }

    private void ParseTop()
    {
        _tree.Root = new ListNode(_tree, Peek().Pos);
        while (Peek().Kind != TokenKind.Eof)
        {
            if (Peek().Kind == TokenKind.LeftDelim)
            {
                int delimIndex = _index;
                Next();
                if (NextNonSpace().Kind == TokenKind.Define)
                {
                    ParseDefinition();
                    continue;
                }
                _index = delimIndex;
            }
            var node = TextOrAction();
            if (node is DelimiterNode) throw Error("unexpected " + node);
            _tree.Root.Nodes.Add(node);
        }
        Add(_tree);
    }

    private void Add(TemplateTree tree)
    {
        if (!_treeSet.TryGetValue(tree.Name, out var existing) || TemplateTree.IsEmpty(existing.Root))
        {
            _treeSet[tree.Name] = tree;
            return;
        }
        if (!TemplateTree.IsEmpty(tree.Root)) throw Error(GoFmt.Sprintf("template: multiple definition of template %q", tree.Name));
    }

    private (TemplateTree Tree, List<string> Vars, int RangeDepth, int ActionLine) SaveState() => (_tree, _vars, _rangeDepth, _actionLine);

    private void RestoreState((TemplateTree Tree, List<string> Vars, int RangeDepth, int ActionLine) state) =>
        (_tree, _vars, _rangeDepth, _actionLine) = state;

    private void ParseDefinition()
    {
        const string context = "define clause";
        var saved = SaveState();
        _tree = new TemplateTree("definition", _parseName, _text);
        _vars = ["$"];
        _rangeDepth = 0;
        _actionLine = 0;
        var name = NextNonSpace();
        if (name.Kind != TokenKind.String && name.Kind != TokenKind.RawString) throw Unexpected(name, context);
        _tree.Name = GoLiteral.Unquote(name.Value) ?? throw Error(GoLiteral.InvalidSyntax);
        Expect(TokenKind.RightDelim, context);
        var (list, end) = ItemList();
        if (end is not DelimiterNode { IsElse: false }) throw Error("unexpected " + end + " in " + context);
        _tree.Root = list;
        Add(_tree);
        RestoreState(saved);
    }

    private (ListNode List, Node End) ItemList()
    {
        var list = new ListNode(_tree, PeekNonSpace().Pos);
        while (PeekNonSpace().Kind != TokenKind.Eof)
        {
            var node = TextOrAction();
            if (node is DelimiterNode) return (list, node);
            list.Nodes.Add(node);
        }
        throw Error("unexpected EOF");
    }

    private Node TextOrAction()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Text:
                return new TextNode(_tree, token.Pos, token.Value);
            case TokenKind.LeftDelim:
                _actionLine = token.Line;
                try
                {
                    return Action();
                }
                finally
                {
                    _actionLine = 0;
                }
            default:
                throw Unexpected(token, "input");
        }
    }

    private Node Action()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Block: return BlockControl();
            case TokenKind.Break: return LoopControl(token, isBreak: true);
            case TokenKind.Continue: return LoopControl(token, isBreak: false);
            case TokenKind.Else: return ElseControl();
            case TokenKind.End: return new DelimiterNode(_tree, Expect(TokenKind.RightDelim, "end").Pos, token.Line, isElse: false);
            case TokenKind.If: return Control(BranchKind.If, "if");
            case TokenKind.Range: return Control(BranchKind.Range, "range");
            case TokenKind.Template: return TemplateControl();
            case TokenKind.With: return Control(BranchKind.With, "with");
        }
        Backup();
        var first = Peek();
        return new ActionNode(_tree, first.Pos, first.Line, Pipeline("command", TokenKind.RightDelim));
    }

    private Node LoopControl(Token token, bool isBreak)
    {
        string name = isBreak ? "{{break}}" : "{{continue}}";
        var next = NextNonSpace();
        if (next.Kind != TokenKind.RightDelim) throw Unexpected(next, name);
        if (_rangeDepth == 0) throw Error(name + " outside {{range}}");
        return new LoopControlNode(_tree, token.Pos, token.Line, isBreak);
    }

    private PipeNode Pipeline(string context, TokenKind end)
    {
        var first = PeekNonSpace();
        var pipe = new PipeNode(_tree, first.Pos, first.Line);
        while (true)
        {
            var v = PeekNonSpace();
            if (v.Kind != TokenKind.Variable) break;
            int variableIndex = _index;
            NextNonSpace();
            var next = PeekNonSpace();
            if (next.Kind == TokenKind.Assign || next.Kind == TokenKind.Declare)
            {
                pipe.IsAssign = next.Kind == TokenKind.Assign;
                NextNonSpace();
                pipe.Decl.Add(new VariableNode(_tree, v.Pos, v.Value));
                _vars.Add(v.Value);
                break;
            }
            if (next.Kind == TokenKind.Char && next.Value == ",")
            {
                NextNonSpace();
                pipe.Decl.Add(new VariableNode(_tree, v.Pos, v.Value));
                _vars.Add(v.Value);
                if (context == "range" && pipe.Decl.Count < 2)
                {
                    var after = PeekNonSpace().Kind;
                    if (after is TokenKind.Variable or TokenKind.RightDelim or TokenKind.RightParen) continue;
                    throw Error("range can only initialize variables");
                }
                throw Error("too many declarations in " + context);
            }
            _index = variableIndex;
            break;
        }
        while (true)
        {
            var token = NextNonSpace();
            if (token.Kind == end)
            {
                CheckPipeline(pipe, context);
                return pipe;
            }
            switch (token.Kind)
            {
                case TokenKind.Bool or TokenKind.CharConstant or TokenKind.Complex or TokenKind.Dot or TokenKind.Field
                    or TokenKind.Identifier or TokenKind.Number or TokenKind.Nil or TokenKind.RawString or TokenKind.String
                    or TokenKind.Variable or TokenKind.LeftParen:
                    Backup();
                    pipe.Cmds.Add(Command());
                    break;
                default:
                    throw Unexpected(token, context);
            }
        }
    }

    private void CheckPipeline(PipeNode pipe, string context)
    {
        if (pipe.Cmds.Count == 0) throw Error("missing value for " + context);
        for (int i = 1; i < pipe.Cmds.Count; i++)
        {
            if (pipe.Cmds[i].Args[0] is BoolNode or DotNode or NilNode or NumberNode or StringNode)
                throw Error("non executable command in pipeline stage " + (i + 1));
        }
    }

    private BranchNode Control(BranchKind kind, string context)
    {
        EnterNesting();
        int varCount = _vars.Count;
        var pipe = Pipeline(context, TokenKind.RightDelim);
        if (kind == BranchKind.Range) _rangeDepth++;
        var (list, next) = ItemList();
        if (kind == BranchKind.Range) _rangeDepth--;
        ListNode? elseList = null;
        if (next is DelimiterNode { IsElse: true })
        {
            // "else if" and "else with" chain: parse the inner control up to its {{end}}, which ends this one too.
            if (kind == BranchKind.If && Peek().Kind == TokenKind.If)
            {
                Next();
                elseList = new ListNode(_tree, next.Pos);
                elseList.Nodes.Add(Control(BranchKind.If, "if"));
            }
            else if (kind == BranchKind.With && Peek().Kind == TokenKind.With)
            {
                Next();
                elseList = new ListNode(_tree, next.Pos);
                elseList.Nodes.Add(Control(BranchKind.With, "with"));
            }
            else
            {
                (elseList, next) = ItemList();
                if (next is not DelimiterNode { IsElse: false }) throw Error("expected end; found " + next);
            }
        }
        _vars.RemoveRange(varCount, _vars.Count - varCount);
        _depth--;
        return new BranchNode(_tree, pipe.Pos, pipe.Line, kind, pipe, list, elseList);
    }

    private Node ElseControl()
    {
        var peek = PeekNonSpace();
        if (peek.Kind == TokenKind.If || peek.Kind == TokenKind.With) return new DelimiterNode(_tree, peek.Pos, peek.Line, isElse: true);
        var token = Expect(TokenKind.RightDelim, "else");
        return new DelimiterNode(_tree, token.Pos, token.Line, isElse: true);
    }

    private Node BlockControl()
    {
        const string context = "block clause";
        var token = NextNonSpace();
        string name = TemplateName(token, context);
        var pipe = Pipeline(context, TokenKind.RightDelim);
        var saved = SaveState();
        _tree = new TemplateTree(name, _parseName, _text);
        _vars = ["$"];
        _rangeDepth = 0;
        _actionLine = 0;
        EnterNesting();
        var (list, end) = ItemList();
        _depth--;
        if (end is not DelimiterNode { IsElse: false })
        {
            RestoreState(saved);
            throw Error("unexpected " + end + " in " + context);
        }
        _tree.Root = list;
        Add(_tree);
        RestoreState(saved);
        return new TemplateNode(_tree, token.Pos, token.Line, name, pipe);
    }

    private Node TemplateControl()
    {
        const string context = "template clause";
        var token = NextNonSpace();
        string name = TemplateName(token, context);
        PipeNode? pipe = null;
        if (NextNonSpace().Kind != TokenKind.RightDelim)
        {
            Backup();
            pipe = Pipeline(context, TokenKind.RightDelim);
        }
        return new TemplateNode(_tree, token.Pos, token.Line, name, pipe);
    }

    private string TemplateName(Token token, string context)
    {
        if (token.Kind != TokenKind.String && token.Kind != TokenKind.RawString) throw Unexpected(token, context);
        return GoLiteral.Unquote(token.Value) ?? throw Error(GoLiteral.InvalidSyntax);
    }

    private CommandNode Command()
    {
        var command = new CommandNode(_tree, PeekNonSpace().Pos);
        while (true)
        {
            PeekNonSpace();
            var operand = Operand();
            if (operand is not null) command.Args.Add(operand);
            var token = Next();
            if (token.Kind == TokenKind.Space) continue;
            if (token.Kind == TokenKind.RightDelim || token.Kind == TokenKind.RightParen) Backup();
            else if (token.Kind != TokenKind.Pipe) throw Unexpected(token, "operand");
            break;
        }
        if (command.Args.Count == 0) throw Error("empty command");
        return command;
    }

    private Node? Operand()
    {
        var node = Term();
        if (node is null) return null;
        if (Peek().Kind == TokenKind.Field)
        {
            var chain = new ChainNode(_tree, Peek().Pos, node);
            while (Peek().Kind == TokenKind.Field) chain.Add(Next().Value);
            switch (node)
            {
                case FieldNode:
                    return new FieldNode(_tree, chain.Pos, chain.ToString());
                case VariableNode:
                    return new VariableNode(_tree, chain.Pos, chain.ToString());
                case BoolNode or StringNode or NumberNode or NilNode or DotNode:
                    throw Error(GoFmt.Sprintf("unexpected . after term %q", node.ToString()));
                default:
                    return chain;
            }
        }
        return node;
    }

    private Node? Term()
    {
        var token = NextNonSpace();
        switch (token.Kind)
        {
            case TokenKind.Identifier:
                if (!_hasFunction(token.Value)) throw Error(GoFmt.Sprintf("function %q not defined", token.Value));
                return new IdentifierNode(_tree, token.Pos, token.Value);
            case TokenKind.Dot:
                return new DotNode(_tree, token.Pos);
            case TokenKind.Nil:
                return new NilNode(_tree, token.Pos);
            case TokenKind.Variable:
                return UseVariable(token);
            case TokenKind.Field:
                return new FieldNode(_tree, token.Pos, token.Value);
            case TokenKind.Bool:
                return new BoolNode(_tree, token.Pos, token.Value == "true");
            case TokenKind.CharConstant or TokenKind.Complex or TokenKind.Number:
            {
                var number = new NumberNode(_tree, token.Pos, token.Value);
                var error = GoLiteral.ParseNumber(number, token.Kind);
                if (error is not null) throw Error(error);
                return number;
            }
            case TokenKind.LeftParen:
            {
                EnterNesting();
                var pipe = Pipeline("parenthesized pipeline", TokenKind.RightParen);
                _depth--;
                return pipe;
            }
            case TokenKind.String or TokenKind.RawString:
                return new StringNode(_tree, token.Pos, token.Value, GoLiteral.Unquote(token.Value) ?? throw Error(GoLiteral.InvalidSyntax));
        }
        Backup();
        return null;
    }

    private VariableNode UseVariable(Token token)
    {
        var variable = new VariableNode(_tree, token.Pos, token.Value);
        if (!_vars.Contains(variable.Ident[0])) throw Error(GoFmt.Sprintf("undefined variable %q", variable.Ident[0]));
        return variable;
    }
}
