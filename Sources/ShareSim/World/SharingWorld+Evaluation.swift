import CoordinationCouncil
import SharingModel
import SimKernel

extension SharingWorld {
    /// R-EVAL-1: when the spec has an evaluation policy, one evaluator per government (registered after the
    /// dispute bodies, so worlds without an evaluation keep every address), and each department told its
    /// evaluator and its owed items (R-PLT-3). Without a policy, nothing: no actor, no message, no draw.
    static func buildEvaluators(
        spec: WorldSpec, context: SimContext<SharingModel.Message>, sink: ObservationSink<Observation>,
        scratch: DirectiveScratch,
        departmentsOf: [[Int]], firstAddress: Int32, departmentAddress: (Int) -> ActorAddress
    ) -> [EvaluatorActor] {
        guard let policy = spec.evaluation else { return [] }
        var evaluators: [EvaluatorActor] = []
        for (i, government) in spec.governments.enumerated() {
            let address = ActorAddress(firstAddress + Int32(i))
            let actor = EvaluatorActor(
                instance: EvaluatorInstance(
                    configuration: EvaluatorInstance.Configuration(
                        address: address, government: government.id,
                        departments: departmentsOf[i].map { spec.departments[$0].id }, policy: policy)),
                context: context, sink: sink, scratch: scratch)
            let registered = context.register(actor)
            precondition(registered == address, "evaluator registered out of order")
            evaluators.append(actor)
            for j in departmentsOf[i] {
                let setup = EvaluationSetup(evaluator: address, owedItems: policy.owedItems(of: spec.departments[j]))
                context.send(.startEvaluation(setup), to: departmentAddress(j))
            }
        }
        return evaluators
    }
}
