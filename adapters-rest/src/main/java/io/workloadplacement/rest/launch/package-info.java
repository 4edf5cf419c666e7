/** What the command lines that start a server on this adapter share. */
package io.workloadplacement.rest.launch;
