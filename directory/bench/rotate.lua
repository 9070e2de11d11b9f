-- wrk script: request the addresses of a file (one path a line) in turn, and print the
-- figures as one JSON line for directory/bench/wrk.py.
--   wrk -c 8 -d 10s -s directory/bench/rotate.lua http://127.0.0.1:8200 -- addresses.txt

local thread_count = 0

function setup(thread)
  -- Each thread starts at its own place in the list, so they do not request the same
  -- addresses at the same moment.
  thread:set("thread_number", thread_count)
  thread_count = thread_count + 1
end

local addresses = {}
local position = 1

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      addresses[#addresses + 1] = line
    end
  end
  if #addresses == 0 then
    error("no addresses in " .. args[1])
  end
  position = (thread_number * 997) % #addresses + 1
end

function request()
  local path = addresses[position]
  position = position % #addresses + 1
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH-RESULT {"requests": %d, "duration_us": %d, "bytes": %d, '
      .. '"p50_us": %d, "p99_us": %d, "max_us": %d, '
      .. '"status_errors": %d, "connect_errors": %d, "read_errors": %d, '
      .. '"write_errors": %d, "timeouts": %d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(99), latency.max,
    errors.status, errors.connect, errors.read, errors.write, errors.timeout
  ))
end
