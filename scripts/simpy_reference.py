#!/usr/bin/env python3
"""The SimPy reference of `sharesim bench simpy` (issue 11).

1,000 departments each think for an exponential time (mean 10 s), send a request to one platform, and
wait; the platform replies after an exponential delay (mean 2 s). A message is delivered when a request
reaches the platform or a reply reaches its department; the run stops after --events messages and prints
the messages delivered per second of wall time, the figure `sharesim bench simpy` prints for ShareSim.

    python3 -m venv /tmp/simpy-venv && /tmp/simpy-venv/bin/pip install simpy
    /tmp/simpy-venv/bin/python scripts/simpy_reference.py --events 2000000
"""
import argparse
import json
import random
import time

import simpy


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--departments", type=int, default=1000)
    parser.add_argument("--events", type=int, default=2_000_000)
    parser.add_argument("--think-mean", type=float, default=10.0, help="seconds")
    parser.add_argument("--reply-mean", type=float, default=2.0, help="seconds")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    env = simpy.Environment()
    platform_random = random.Random(args.seed)
    delivered = [0]
    done = env.event()

    def deliver():
        delivered[0] += 1
        if delivered[0] == args.events:
            done.succeed()

    def reply(answer):
        # The platform answers after an exponential delay; the reply reaches the department.
        yield env.timeout(platform_random.expovariate(1.0 / args.reply_mean))
        deliver()
        answer.succeed()

    def department(index):
        own = random.Random(args.seed * 1_000_003 + index)
        while True:
            yield env.timeout(own.expovariate(1.0 / args.think_mean))
            deliver()  # the request reaches the platform
            answer = env.event()
            env.process(reply(answer))
            yield answer

    for i in range(args.departments):
        env.process(department(i))
    start = time.perf_counter()
    env.run(until=done)
    seconds = time.perf_counter() - start
    rate = delivered[0] / seconds
    if args.json:
        print(json.dumps({"suite": "simpy-reference", "events": delivered[0], "seconds": round(seconds, 3),
                          "eventsPerSecond": round(rate)}))
    else:
        print(f"SimPy {simpy.__version__}: {delivered[0]} messages in {seconds:.2f} s, {rate / 1e6:.3f} M events/s")


if __name__ == "__main__":
    main()
