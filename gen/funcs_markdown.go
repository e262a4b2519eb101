package gen

import "text/template"

func markdownFuncs() template.FuncMap {
	return template.FuncMap{}
}
