local paths = {"/io/plaintext", "/io/users/42", "/io/plaintext", "/nowhere", "/io/users/7",
  "/io/plaintext", "/io/users/42", "/sleep", "/io/plaintext", "/io/users/42"}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
