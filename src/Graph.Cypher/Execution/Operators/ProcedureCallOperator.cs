using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Procedures;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// Calls a read-only procedure once per input row with the row's arguments, and yields one row per procedure row,
/// the yielded fields in their slots. Procedures see only the narrow <see cref="IProcedureContext"/>.
/// </summary>
internal sealed class ProcedureCallOperator : PlanOperator
{
    private readonly Procedure _procedure;
    private readonly SlotExpression[]? _arguments;
    private readonly int[] _outputs;
    private readonly int[] _slots;
    private readonly string[] _fields;

    public ProcedureCallOperator(ProcedureCallPlan plan, PlanOperator source) : base(plan, source)
    {
        _procedure = plan.Procedure;
        _arguments = plan.Arguments?.Select(ExpressionCompiler.Compile).ToArray();
        _outputs = plan.Fields.Select(f => plan.Procedure.IndexOf(f.Field)).ToArray();
        _slots = plan.Fields.Select(f => f.Symbol.Slot).ToArray();
        _fields = plan.Fields.Select(f => f.Field).ToArray();
    }

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        // As the interpreter does: a field the procedure does not yield fails the statement before any row.
        for (var i = 0; i < _outputs.Length; i++)
        {
            if (_outputs[i] < 0) throw ProcedureCallErrors.UnknownOutput(_fields[i]);
        }
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            var args = Arguments(row, ctx);
            ProcedureCallErrors.CheckArguments(_procedure, args.Count);
            // The procedure's rows are read before the first is passed on, so a failing call yields nothing.
            foreach (var values in _procedure.Invoke(args, ctx.Query).ToList())
            {
                ctx.Query.Tick();
                var next = (object?[])row.Clone();
                for (var i = 0; i < _slots.Length; i++) next[_slots[i]] = values[_outputs[i]];
                yield return next;
            }
        }
    }

    private List<object?> Arguments(object?[] row, OperatorContext ctx)
    {
        if (_arguments is null)
        {
            // CALL ns.proc without parentheses takes its arguments from the parameters named like its inputs.
            return _procedure.Inputs.Select(input => ctx.Query.Parameters.TryGetValue(input, out var value) ? value : throw ProcedureCallErrors.MissingParameter(input)).ToList();
        }
        var values = new List<object?>(_arguments.Length);
        foreach (var a in _arguments) values.Add(a(row, ctx));
        return values;
    }
}
