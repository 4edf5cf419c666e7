-- wrk script: POSTs the vendor's seed placement under a fresh name per request
-- (<prefix>-<thread>-<n>, the prefix the script's first argument, "load" without one), so every
-- request is a real create, in every run. Counts non-200 answers. An optional second argument
-- stops each thread after that many answers (bench/heap.sh creates a given number).
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
  table.insert(threads, thread)
end

function init(args)
  prefix = args[1] or "load"
  limit = tonumber(args[2])
  answered = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  failed = 0
end

local template = [[{"workspaceName":"abc","name":"%s","clusters":["worker-1"],"burstDuration":"15m","deletionPolicy":"Delete","helmConfigs":[{"chart":"vaidio/cuda","releaseName":"cuda","releaseNamespace":"bookinfo","repoName":"vaidio","repoURL":"https://smartscaler.nexus.aveshalabs.io/repository/vaidio/","secretRef":"vaidio-secret","values":{"replicaCount":2}}],"manifestResources":[{"name":"sample-configmap","namespace":"bookinfo","apiVersion":"v1","kind":"ConfigMap","data":{"database.properties":"host=localhost\nport=5432\ndatabase=myapp","ui.properties":"color=purple\ntheme=dark\nlanguage=en"}}],"cmdExec":[{"name":"create-namespace","cmd":"kubectl get pods -n bookinfo"}],"steps":[{"name":"create-namespace","type":"command"},{"name":"cuda","type":"helm"},{"name":"sample-configmap","type":"manifest"}]}]]

function request()
  counter = counter + 1
  local body = string.format(template, prefix .. "-" .. id .. "-" .. counter)
  return wrk.format(nil, "/api/v1/workload-placement", nil, body)
end

function response(status, headers, body)
  if status ~= 200 then
    failed = failed + 1
  end
  answered = answered + 1
  if limit and answered >= limit then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do
    total = total + t:get("failed")
  end
  io.write(string.format("failed_creates=%d\n", total))
end
