module github.com/statusgen/statusgen/output/go

go 1.21
